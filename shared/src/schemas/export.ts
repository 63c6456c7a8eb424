import { z } from 'zod';
import {
  AssessmentStateSchema,
  NoDataReasonSchema,
  PeriodStatusKeySchema,
  PeriodStatusResultSchema,
} from './overview';
import { CategorySchema, DirectionSchema, OutcomeStatusSchema, YearSchema } from './measure';

// Open data: every measure with its outcomes, targets and assessment per year, tidy (one entry
// per measure and year), as Open SDG publishes indicators.

export const ExportYearSchema = z.object({
  year: YearSchema,
  outcome: z.number().nullable(),
  /** null when there is no outcome row for the year. */
  outcomeStatus: OutcomeStatusSchema.nullable(),
  outcomeNote: z.string().nullable(),
  target: z.number().nullable(),
  targetNote: z.string().nullable(),
  /** Against the year's target. */
  state: AssessmentStateSchema,
  /** The state in Swedish: Uppnått, Ej uppnått – bättre än året före, Ej uppnått, Saknas. */
  stateLabel: z.string(),
  /** Why the state is no_data. */
  noDataReasons: z.array(NoDataReasonSchema),
  /** Against the period's end target with the outcomes up to this year; null outside the period. */
  periodStatus: PeriodStatusKeySchema.nullable(),
  /** The period status in Swedish with its reason, e.g. "Åt fel håll. Det senaste utfallet …". */
  periodStatusText: z.string().nullable(),
});
export type ExportYear = z.infer<typeof ExportYearSchema>;

export const ExportMeasureSchema = z.object({
  number: z.number().int(),
  name: z.string(),
  statement: z.string(),
  goal: z.string(),
  area: z.string(),
  dataSource: z.string(),
  category: CategorySchema,
  unit: z.string(),
  direction: DirectionSchema,
  decimals: z.number().int(),
  koladaKpi: z.string().nullable(),
  /** "Senast uppdaterad": ISO date or time; see MeasureSchema.updatedAt. */
  updatedAt: z.string().nullable(),
  /** The period against its end target with every outcome of the period. */
  periodStatus: PeriodStatusResultSchema,
  years: z.array(ExportYearSchema),
});
export type ExportMeasure = z.infer<typeof ExportMeasureSchema>;
