import type { Activity } from '@malbild/shared';

export interface ActivityFilters {
  unit?: string;
  /** Measure numbers of the chosen goal. */
  goalMeasures?: readonly number[];
  measure?: number;
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
  return activities.filter(
    (a) =>
      (filters.unit === undefined || a.units.includes(filters.unit)) &&
      (filters.goalMeasures === undefined || filters.goalMeasures.includes(a.measureNumber)) &&
      (filters.measure === undefined || a.measureNumber === filters.measure) &&
      matchesText(a, words),
  );
}

export interface UnitGroup {
  code: string;
  activities: Activity[];
}

/**
 * Groups per responsible unit, counted from the rows themselves: an activity of "SOU och KSF"
 * belongs to both. With a unit filter, only that unit's group is shown.
 */
export function groupByUnit(activities: readonly Activity[], onlyUnit?: string): UnitGroup[] {
  const groups = new Map<string, Activity[]>();
  for (const activity of activities) {
    for (const code of activity.units) {
      if (onlyUnit !== undefined && code !== onlyUnit) continue;
      const group = groups.get(code) ?? [];
      group.push(activity);
      groups.set(code, group);
    }
  }
  return [...groups].map(([code, rows]) => ({ code, activities: rows }));
}
