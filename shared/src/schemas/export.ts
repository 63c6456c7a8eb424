import { z } from 'zod';
import { AssessmentStateSchema } from './overview';
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
  state: AssessmentStateSchema,
  /** The state in Swedish: Uppnått, Delvis, Ej uppnått, Saknas. */
  stateLabel: z.string(),
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
  years: z.array(ExportYearSchema),
});
export type ExportMeasure = z.infer<typeof ExportMeasureSchema>;
