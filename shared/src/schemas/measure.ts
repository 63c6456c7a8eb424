import { z } from 'zod';

// measure = resultatmått, outcome = utfall, target = målvärde.
export const DirectionSchema = z.enum(['up', 'down']);
export type Direction = z.infer<typeof DirectionSchema>;

export const CategorySchema = z.enum(['Resultat', 'Upplevd kvalitet', 'Resurs']);
export type Category = z.infer<typeof CategorySchema>;

/** final = slutligt; preliminary = preliminärt; partial = avser del av året ("Avser oktober 2022"). */
export const OutcomeStatusSchema = z.enum(['final', 'preliminary', 'partial']);
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

export const YearSchema = z.number().int().min(1900).max(2200);

export const OutcomeSchema = z.object({
  year: YearSchema,
  /** null = no value published; never read as zero. */
  value: z.number().nullable(),
  status: OutcomeStatusSchema,
  /** A footnote: what the value refers to, or why it is missing. */
  note: z.string().nullable(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const TargetSchema = z.object({
  year: YearSchema,
  /** null = not set ("–"), distinct from zero. */
  value: z.number().nullable(),
  note: z.string().nullable(),
});
export type Target = z.infer<typeof TargetSchema>;

export const SourceDocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** ISO date the document (or its bilaga) is dated. */
  date: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

/** A figure published in a document other than the one the current value comes from. */
export const PublishedValueSchema = z.object({
  kind: z.enum(['outcome', 'target']),
  year: YearSchema,
  value: z.number().nullable(),
  note: z.string().nullable(),
  source: SourceDocumentSchema,
});
export type PublishedValue = z.infer<typeof PublishedValueSchema>;

export const MeasureDefinitionSchema = z.object({
  number: z.number().int().min(1),
  name: z.string().min(1),
  /** "Det här jobbar vi särskilt för", e.g. "Befolkningen ska växa". */
  statement: z.string(),
  /** källa */
  dataSource: z.string(),
  category: CategorySchema,
  /** Unit as shown next to a value: "%", "meritvärde", "kg/person" … */
  unit: z.string(),
  scaleMin: z.number().nullable(),
  scaleMax: z.number().nullable(),
  direction: DirectionSchema,
  decimals: z.number().int().min(0).max(4),
  koladaKpi: z.string().nullable(),
});
export type MeasureDefinition = z.infer<typeof MeasureDefinitionSchema>;

export const MeasureSchema = MeasureDefinitionSchema.extend({
  goal: z.object({ id: z.number().int(), name: z.string() }),
  area: z.object({ id: z.number().int(), name: z.string() }),
  /** The sammankallande unit's code, when set. */
  responsibleUnit: z.string().nullable(),
  /** A retired measure keeps its data but is no longer followed up. */
  retired: z.boolean(),
  /** The measure of an earlier period this one continues: one time series with it. */
  continues: z
    .object({ periodId: z.number().int(), periodName: z.string(), number: z.number().int() })
    .nullable(),
  /** The whole series' outcomes, from every period it has run through. */
  outcomes: z.array(OutcomeSchema),
  /** The period's own targets, and the earlier periods' of the series for the years before it. */
  targets: z.array(TargetSchema),
  /**
   * "Senast uppdaterad": when an outcome or target was last entered here, or for figures taken
   * from a document, that document's date; null when the measure has none. An ISO date or time.
   */
  updatedAt: z.string().nullable(),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const MeasureDetailSchema = MeasureSchema.extend({
  publishedValues: z.array(PublishedValueSchema),
});
export type MeasureDetail = z.infer<typeof MeasureDetailSchema>;

export const MeasureParamsSchema = z.object({
  number: z.coerce.number().int().min(1).max(10_000),
});
