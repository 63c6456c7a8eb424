import {
  completenessState,
  DEADLINE_KINDS,
  OCCASION_LABELS,
  OccasionSchema,
  type CompletenessItem,
  type DeadlineKind,
  type Occasion,
  type Period,
  type UnitWithCounts,
} from '@malbild/shared';
import type { Repositories } from '../db/repositories';

// The completeness view's checks (decision 018). Each check lists what a year needs of one kind
// and whether it is there; a new kind of content is one more entry in CHECKS, and the reminders
// (reminders/run.ts) follow every check. The states come from one rule, completenessState.

export interface CheckContext {
  period: Period;
  year: number;
  /** ÅÅÅÅ-MM-DD in Sweden. */
  today: string;
  /** The year's dated milestones. */
  dates: ReadonlyMap<DeadlineKind, string>;
  repositories: Repositories;
}

type Due = Omit<CompletenessItem, 'check' | 'state' | 'dueDate'> & {
  dueDate?: string | null;
  done: boolean;
};

export interface CompletenessCheck {
  id: string;
  label: string;
  due: (context: CheckContext) => Due[];
}

/** Units that keep plans in the year: active then, not merged away, with a plan in the period. */
function planningUnits({ period, year, repositories }: CheckContext): UnitWithCounts[] {
  return repositories.units
    .list(period.id)
    .filter(
      (unit) =>
        unit.mergedInto === null &&
        (unit.activeFrom ?? year) <= year &&
        (unit.activeUntil ?? year) >= year &&
        unit.activityCounts.length > 0,
    );
}

const ANALYSIS_DEADLINES = {
  interim: 'interim_analyses',
  annual: 'annual_analyses',
} as const satisfies Record<Occasion, DeadlineKind>;

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text);

export const CHECKS: CompletenessCheck[] = [
  {
    id: 'outcomes',
    label: 'Utfall',
    due: ({ period, year, repositories }) =>
      repositories.measures
        .list(period.id)
        .filter((measure) => !measure.retired)
        .map((measure) => ({
          text: `Utfall ${year}: ${measure.number}. ${measure.name}`,
          measureNumber: measure.number,
          units: measure.responsibleUnit ? [measure.responsibleUnit] : [],
          deadlineKind: 'annual_outcomes',
          done: measure.outcomes.some((o) => o.year === year && o.value !== null),
        })),
  },
  {
    // Issue 15.1: a measure's analysis per occasion, by its responsible unit (or a controller).
    // Done once sent for review: what is left then is the controllers' (the review queue). Helår
    // is always asked for, as the outcomes are; delår where the calendar dates its analyses.
    id: 'analyses',
    label: 'Analyser',
    due: ({ period, year, dates, repositories }) => {
      const occasions = OccasionSchema.options.filter(
        (occasion) => occasion === 'annual' || dates.has(ANALYSIS_DEADLINES[occasion]),
      );
      const written = new Map(
        repositories.analyses
          .analyses(period.id, year)
          .map((analysis) => [`${analysis.measureNumber} ${analysis.occasion}`, analysis]),
      );
      return repositories.measures
        .list(period.id)
        .filter((measure) => !measure.retired)
        .flatMap((measure) =>
          occasions.map((occasion) => {
            const analysis = written.get(`${measure.number} ${occasion}`);
            const state = analysis?.draft?.state;
            return {
              text: `Analys, ${OCCASION_LABELS[occasion].toLowerCase()} ${year}: ${measure.number}. ${measure.name}`,
              measureNumber: measure.number,
              units: measure.responsibleUnit ? [measure.responsibleUnit] : [],
              deadlineKind: ANALYSIS_DEADLINES[occasion],
              done:
                (analysis?.published ?? null) !== null ||
                state === 'submitted' ||
                state === 'approved' ||
                state === 'published',
            };
          }),
        );
    },
  },
  {
    id: 'plans',
    label: DEADLINE_KINDS.plans.label,
    due: (context) =>
      planningUnits(context).map((unit) => ({
        text: `Plan för målaktiviteter ${context.year}: ${unit.name}`,
        measureNumber: null,
        units: [unit.code],
        deadlineKind: 'plans',
        done: unit.activityCounts.some((c) => c.year === context.year && c.count > 0),
      })),
  },
  {
    id: 'activity_follow_ups',
    label: DEADLINE_KINDS.annual_follow_ups.label,
    due: ({ period, year, repositories }) =>
      repositories.activities
        .list({ periodId: period.id, year, view: 'working' })
        .map((activity) => ({
          text: `Uppföljning: ${shorten(activity.text)}`,
          measureNumber: activity.measureNumber,
          units: activity.units,
          deadlineKind: 'annual_follow_ups',
          done: activity.followUp !== null,
        })),
  },
  {
    // Issue 17.3: each unit follows up the common kontrollpunkter and its own by the plan's date.
    id: 'control_follow_ups',
    label: 'Intern kontroll, uppföljning',
    due: (context) => {
      const { year, repositories } = context;
      if (repositories.internalControl.plans(year).length === 0) return [];
      return repositories.units
        .list()
        .filter((unit) => unit.mergedInto === null && (unit.activeUntil ?? year) >= year)
        .flatMap((unit) =>
          repositories.internalControl.unitReport(year, unit.code).rows.map((row) => ({
            text: `Intern kontroll: ${shorten(row.controlPoint.text)}`,
            measureNumber: null,
            units: [unit.code],
            deadlineKind: null,
            dueDate: row.controlPoint.deadlineFollowUp,
            done: row.followUp !== null,
          })),
        );
    },
  },
];

/** Every item of every check for the year, each with its state on context.today. */
export function completenessItems(context: CheckContext): CompletenessItem[] {
  return CHECKS.flatMap((check) =>
    check.due(context).map(({ done, dueDate, ...item }) => {
      const due =
        dueDate !== undefined
          ? dueDate
          : item.deadlineKind && (context.dates.get(item.deadlineKind) ?? null);
      return {
        ...item,
        check: check.id,
        dueDate: due ?? null,
        state: completenessState(context.today, due ?? null, done),
      };
    }),
  );
}
