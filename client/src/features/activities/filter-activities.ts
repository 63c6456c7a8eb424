import { ACTIVITY_STATUS_FILTERS, type Activity } from '@malbild/shared';

export interface ActivityFilters {
  unit?: string;
  /** Measure numbers of the chosen goal. */
  goalMeasures?: readonly number[];
  measure?: number;
  /** A value of ACTIVITY_STATUS_FILTERS. */
  status?: string;
  text?: string;
}

const normalize = (text: string) => text.toLocaleLowerCase('sv-SE');

function matchesText(activity: Activity, words: readonly string[]): boolean {
  const haystack = normalize(
    [activity.text, activity.verksamhet, activity.comment, activity.unitsRaw, activity.countUnit]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((word) => haystack.includes(word));
}

/** The activities that pass every filter; every search word must occur somewhere in the activity. */
export function filterActivities(
  activities: readonly Activity[],
  filters: ActivityFilters,
): Activity[] {
  const words = normalize(filters.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const status = ACTIVITY_STATUS_FILTERS.find((s) => s.value === filters.status);
  return activities.filter(
    (a) =>
      (filters.unit === undefined || a.units.includes(filters.unit)) &&
      (filters.goalMeasures === undefined || filters.goalMeasures.includes(a.measureNumber)) &&
      (filters.measure === undefined || a.measureNumber === filters.measure) &&
      (status === undefined || status.matches(a)) &&
      matchesText(a, words),
  );
}

export const GROUPINGS = ['goal', 'measure', 'unit'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface ActivityGroup {
  key: string;
  title: string;
  activities: Activity[];
}

/** Groups under a heading of their own (a målområde, a verksamhetsmål), or untitled. */
export interface ActivitySection {
  title: string | undefined;
  groups: ActivityGroup[];
}

export interface GroupingContext {
  /** The period's goals in its order, each with its målområde. */
  goals: readonly {
    id: number;
    name: string;
    areaName: string;
    measureNumbers: readonly number[];
  }[];
  measureName: (number: number) => string;
  unitName: (code: string) => string;
  /** The group of activities whose measure is in none of the goals, and of shared ones. */
  otherTitle: string;
  sharedTitle: string;
}

/** Buckets in first-seen order of the keys given by `order`; empty buckets are left out. */
function bucket<K>(
  activities: readonly Activity[],
  keyOf: (a: Activity) => K,
  order: readonly K[],
) {
  const buckets = new Map<K, Activity[]>(order.map((key) => [key, []]));
  for (const activity of activities) {
    const key = keyOf(activity);
    const rows = buckets.get(key) ?? [];
    rows.push(activity);
    buckets.set(key, rows);
  }
  return [...buckets].filter(([, rows]) => rows.length > 0);
}

function byGoal(activities: readonly Activity[], context: GroupingContext): ActivitySection[] {
  const goalOf = (a: Activity) =>
    context.goals.find((g) => g.measureNumbers.includes(a.measureNumber));
  const sections = new Map<string | undefined, ActivityGroup[]>();
  for (const [goal, rows] of bucket(activities, goalOf, [...context.goals, undefined])) {
    const section = goal?.areaName;
    const groups = sections.get(section) ?? [];
    groups.push({
      key: goal === undefined ? 'other' : `goal-${goal.id}`,
      title: goal?.name ?? context.otherTitle,
      activities: rows,
    });
    sections.set(section, groups);
  }
  return [...sections].map(([title, groups]) => ({ title, groups }));
}

function byMeasure(activities: readonly Activity[], context: GroupingContext): ActivitySection[] {
  const numbers = [...new Set(activities.map((a) => a.measureNumber))].sort((a, b) => a - b);
  const groupsOf = (rows: readonly Activity[]) =>
    bucket(rows, (a) => a.measureNumber, numbers).map(([number, measureRows]) => ({
      key: `measure-${number}`,
      title: `${number}. ${context.measureName(number)}`,
      activities: measureRows,
    }));
  const goalSections = context.goals
    .map((goal) => ({
      title: goal.name,
      groups: groupsOf(activities.filter((a) => goal.measureNumbers.includes(a.measureNumber))),
    }))
    .filter((section) => section.groups.length > 0);
  const inGoals = new Set(context.goals.flatMap((g) => g.measureNumbers));
  const rest = groupsOf(activities.filter((a) => !inGoals.has(a.measureNumber)));
  return rest.length > 0
    ? [...goalSections, { title: context.otherTitle, groups: rest }]
    : goalSections;
}

/**
 * One group per responsible unit, and one more for the activities several units share, so that
 * a shared activity is shown once, with all its units, and not under each of them.
 */
function byUnit(activities: readonly Activity[], context: GroupingContext): ActivitySection[] {
  const SHARED = '';
  const codes = [...new Set(activities.flatMap((a) => (a.units.length === 1 ? a.units : [])))];
  codes.sort((a, b) => context.unitName(a).localeCompare(context.unitName(b), 'sv'));
  const groups = bucket(activities, (a) => (a.units.length === 1 ? a.units[0]! : SHARED), [
    ...codes,
    SHARED,
  ]).map(([code, rows]) => ({
    key: code === SHARED ? 'shared' : `unit-${code.toLowerCase()}`,
    title: code === SHARED ? context.sharedTitle : context.unitName(code),
    activities: rows,
  }));
  return [{ title: undefined, groups }];
}

const GROUPERS: Record<
  Grouping,
  (activities: readonly Activity[], context: GroupingContext) => ActivitySection[]
> = { goal: byGoal, measure: byMeasure, unit: byUnit };

/** The activities in sections and groups, each activity in exactly one group, in list order. */
export function groupActivities(
  activities: readonly Activity[],
  grouping: Grouping,
  context: GroupingContext,
): ActivitySection[] {
  return GROUPERS[grouping](activities, context);
}
