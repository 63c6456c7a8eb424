import { z } from 'zod';
import { DirectionSchema, MeasureDetailSchema, YearSchema } from './measure';
import { PeriodQuerySchema } from './period';

// The assessment of measures (resultatmått) against their targets (målvärden), as the API
// carries it: the overview per area (målområde) and goal (verksamhetsmål) for one year, and
// the period view of one measure. The rules live in ../assessment.ts.

/**
 * The year against the year's target: met = Uppnått, improving = "Ej uppnått – bättre än året
 * före" (not met, but better than the outcome before: never "partly met"), not_met = Ej uppnått,
 * no_data = Saknas.
 */
export const AssessmentStateSchema = z.enum(['met', 'improving', 'not_met', 'no_data']);
export type AssessmentState = z.infer<typeof AssessmentStateSchema>;

const countSchema = z.number().int().min(0);
export const StateCountsSchema = z.object({
  met: countSchema,
  improving: countSchema,
  not_met: countSchema,
  no_data: countSchema,
});
export type StateCounts = z.infer<typeof StateCountsSchema>;

/**
 * Why a year shows Saknas: its outcome is not published yet (no later year has one either), it
 * was not measured that year (a later year has an outcome), or no target is set for the year.
 */
export const NoDataReasonSchema = z.enum(['not_published', 'not_measured', 'no_target']);
export type NoDataReason = z.infer<typeof NoDataReasonSchema>;

/** Why a period figure cannot be given; the UI explains each one (UNAVAILABLE_REASON_TEXTS). */
export const UnavailableReasonSchema = z.enum([
  'no_baseline',
  'no_end_target',
  'no_outcome_in_period',
  'too_few_points',
  'target_equals_baseline',
  'out_of_range',
]);
export type UnavailableReason = z.infer<typeof UnavailableReasonSchema>;

/** Either the figure, or the reason it cannot be computed: never a guess. */
function resultSchema<Value extends z.ZodType, Reason extends z.ZodType<UnavailableReason>>(
  value: Value,
  reason: Reason,
) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), reason }),
  ]);
}

const YearValueSchema = z.object({ year: YearSchema, value: z.number() });
export type YearValue = z.infer<typeof YearValueSchema>;

/** The last outcome before the period starts. */
export const BaselineResultSchema = resultSchema(
  YearValueSchema,
  UnavailableReasonSchema.extract(['no_baseline']),
);
export type BaselineResult = z.infer<typeof BaselineResultSchema>;

/** Distance covered from the baseline toward the end target: 0 = none, 1 = all, < 0 = backwards. */
export const ProgressResultSchema = resultSchema(
  z.object({ share: z.number(), latest: YearValueSchema, endTarget: z.number() }),
  UnavailableReasonSchema.extract([
    'no_baseline',
    'no_end_target',
    'no_outcome_in_period',
    'target_equals_baseline',
    'out_of_range',
  ]),
);
export type ProgressResult = z.infer<typeof ProgressResultSchema>;

/**
 * The period against its end target, in the manner of Open SDG's progress status: the change
 * per year achieved since the baseline against the change per year needed to reach the end
 * target in the end year. target_reached = the latest outcome reaches the end target; on_track
 * = at least 95 % of the needed pace; too_slow = the right way or standing still, under 95 %;
 * wrong_direction = worse than the baseline. The rules are in ../assessment.ts.
 */
export const PeriodStatusLevelSchema = z.enum([
  'target_reached',
  'on_track',
  'too_slow',
  'wrong_direction',
]);
export type PeriodStatusLevel = z.infer<typeof PeriodStatusLevelSchema>;

export const PeriodStatusResultSchema = resultSchema(
  z.object({
    level: PeriodStatusLevelSchema,
    baseline: YearValueSchema,
    /** The latest outcome of the period up to the year asked about. */
    latest: YearValueSchema,
    /** The end year's target. */
    endTarget: YearValueSchema,
    /** (latest − baseline) per year, in the measure's unit: the pace so far. */
    achievedPerYear: z.number(),
    /** (end target − baseline) per year from the baseline to the end year: the pace needed. */
    neededPerYear: z.number(),
    /** Pace so far over pace needed; null when the baseline already reached the end target. */
    ratio: z.number().nullable(),
    /** The latest outcome is preliminary or covers part of the year. */
    provisional: z.boolean(),
  }),
  UnavailableReasonSchema.extract([
    'no_baseline',
    'no_end_target',
    'no_outcome_in_period',
    'out_of_range',
  ]),
);
export type PeriodStatusResult = z.infer<typeof PeriodStatusResultSchema>;

/** A period status as one of five words, "cannot be assessed" included: what counts are kept of. */
export const PeriodStatusKeySchema = z.enum([...PeriodStatusLevelSchema.options, 'not_assessable']);
export type PeriodStatusKey = z.infer<typeof PeriodStatusKeySchema>;

export const PeriodStatusCountsSchema = z.object({
  target_reached: countSchema,
  on_track: countSchema,
  too_slow: countSchema,
  wrong_direction: countSchema,
  not_assessable: countSchema,
});
export type PeriodStatusCounts = z.infer<typeof PeriodStatusCountsSchema>;

/** Least-squares trend of the outcomes from the baseline year on, carried to the end year. */
export const ProjectionResultSchema = resultSchema(
  z.object({
    endYear: YearSchema,
    value: z.number(),
    slopePerYear: z.number(),
    reachesEndTarget: z.boolean(),
  }),
  UnavailableReasonSchema.extract([
    'no_baseline',
    'no_end_target',
    'too_few_points',
    'out_of_range',
  ]),
);
export type ProjectionResult = z.infer<typeof ProjectionResultSchema>;

export const YearStateSchema = z.object({
  year: YearSchema,
  state: AssessmentStateSchema,
  /** The outcome is preliminary or covers part of the year: assessed, but may change. */
  provisional: z.boolean(),
  /** Why the state is no_data; empty otherwise. */
  noDataReasons: z.array(NoDataReasonSchema),
});
export type YearState = z.infer<typeof YearStateSchema>;

export const MeasurePeriodAssessmentSchema = z.object({
  baseline: BaselineResultSchema,
  progress: ProgressResultSchema,
  /** The period status with every outcome of the period. */
  status: PeriodStatusResultSchema,
  projection: ProjectionResultSchema,
  /** One entry for every year of the period, in order. */
  states: z.array(YearStateSchema),
});
export type MeasurePeriodAssessment = z.infer<typeof MeasurePeriodAssessmentSchema>;

export const OverviewMeasureSchema = z.object({
  number: z.number().int().min(1),
  name: z.string(),
  unit: z.string(),
  decimals: z.number().int().min(0).max(4),
  direction: DirectionSchema,
  state: AssessmentStateSchema,
  provisional: z.boolean(),
  outcome: z.number().nullable(),
  outcomeNote: z.string().nullable(),
  target: z.number().nullable(),
  previousOutcome: z.number().nullable(),
  /** Not always the year before: measure 13 had no survey in 2021, so 2022 compares with 2020. */
  previousOutcomeYear: YearSchema.nullable(),
  targetNote: z.string().nullable(),
  noDataReasons: z.array(NoDataReasonSchema),
  /** Against the end target, with the outcomes up to the overview's year. */
  periodStatus: PeriodStatusResultSchema,
});
export type OverviewMeasure = z.infer<typeof OverviewMeasureSchema>;

export const OverviewGoalSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  counts: StateCountsSchema,
  periodCounts: PeriodStatusCountsSchema,
  measures: z.array(OverviewMeasureSchema),
});
export type OverviewGoal = z.infer<typeof OverviewGoalSchema>;

export const OverviewAreaSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  counts: StateCountsSchema,
  periodCounts: PeriodStatusCountsSchema,
  goals: z.array(OverviewGoalSchema),
});
export type OverviewArea = z.infer<typeof OverviewAreaSchema>;

/** GET /api/overview?year=YYYY */
export const OverviewSchema = z.object({
  year: YearSchema,
  /** Years of the period that have at least one outcome, ascending. */
  availableYears: z.array(YearSchema),
  /** The period's end year, whose target the period status measures against. */
  endYear: YearSchema,
  /** When the newest outcome or target of the period's measures was entered or published. */
  updatedAt: z.string().nullable(),
  areas: z.array(OverviewAreaSchema),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const OverviewQuerySchema = PeriodQuerySchema.extend({
  /** Defaults to the latest year of the period with any outcome. */
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

/** GET /api/measures/:number: the measure, its earlier published values and its period assessment. */
export const MeasureWithAssessmentSchema = MeasureDetailSchema.extend({
  assessment: MeasurePeriodAssessmentSchema,
});
export type MeasureWithAssessment = z.infer<typeof MeasureWithAssessmentSchema>;
