import { z } from 'zod';

// The comparison with other municipalities (issue 16.6): Kolada's figures for the whole country
// and for a comparison group, fetched and stored by the server (never by the visitor's browser).

export const KoladaGroupSchema = z.object({
  /** Kolada's id of the municipality group, e.g. G37411. */
  id: z.string(),
  title: z.string(),
});
export type KoladaGroup = z.infer<typeof KoladaGroupSchema>;

export const ComparisonSeriesSchema = z.object({
  /** country = Riket (Kolada's 0000); group = the comparison group. */
  kind: z.enum(['country', 'group']),
  /** Kolada's id of the place: 0000 or the group's id. */
  place: z.string(),
  title: z.string(),
  /**
   * national = the figure for the whole country as Kolada publishes it; mean = the unweighted
   * mean of the group's members (Kolada's own group figure).
   */
  statistic: z.enum(['national', 'mean']),
  values: z.array(z.object({ year: z.number().int(), value: z.number().nullable() })),
});
export type ComparisonSeries = z.infer<typeof ComparisonSeriesSchema>;

/** A measure's comparison; null when it has no Kolada id or nothing has been fetched yet. */
export const MeasureComparisonSchema = z
  .object({
    source: z.literal('Kolada'),
    kpi: z.string(),
    /** When the oldest of the shown figures was fetched from Kolada. */
    fetchedAt: z.string(),
    series: z.array(ComparisonSeriesSchema),
  })
  .nullable();
export type MeasureComparison = z.infer<typeof MeasureComparisonSchema>;

/** A search in Kolada by title: ?title=, at least two characters. */
const titleQuery = (tooShort: string) =>
  z.object({ title: z.string().trim().min(2, tooShort).max(100, 'Högst 100 tecken') });

export const KoladaKpiQuerySchema = titleQuery('Skriv minst två tecken av nyckeltalets namn');

export const KoladaKpiHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
});
export type KoladaKpiHit = z.infer<typeof KoladaKpiHitSchema>;

export const KoladaKpiSearchSchema = z.object({
  hits: z.array(KoladaKpiHitSchema),
  /** How many Kolada found; hits holds at most the first 25. */
  total: z.number().int(),
});
export type KoladaKpiSearch = z.infer<typeof KoladaKpiSearchSchema>;

export const KoladaGroupQuerySchema = titleQuery('Skriv minst två tecken, t.ex. kommunens namn');

export const KoladaStatusSchema = z.object({
  municipalityCode: z.string().nullable(),
  /** The administrator's choice; null = Kolada's similar municipalities ("Liknande kommuner"). */
  chosenGroup: KoladaGroupSchema.nullable(),
  /** The group the comparison uses now: the chosen one, or the one found for the kommunkod. */
  group: KoladaGroupSchema.nullable(),
  lastAttemptAt: z.string().nullable(),
  lastSuccessAt: z.string().nullable(),
  /** Why the last refresh did not fetch everything; null when it did. */
  lastError: z.string().nullable(),
  running: z.boolean(),
  /** KPI ids of the current period's measures, which a refresh fetches. */
  kpis: z.array(z.string()),
  version: z.number().int(),
});
export type KoladaStatus = z.infer<typeof KoladaStatusSchema>;

export const KoladaGroupChoiceSchema = z.object({
  /** null = Kolada's similar municipalities for the kommunkod. */
  group: z
    .object({
      id: z
        .string()
        .trim()
        .min(1, 'Ange gruppens id')
        .max(20, 'Ett grupp-id i Kolada ser ut som G37411'),
      title: z.string().trim().min(1, 'Ange gruppens namn').max(200, 'Högst 200 tecken'),
    })
    .nullable(),
  version: z.number().int(),
});
export type KoladaGroupChoice = z.infer<typeof KoladaGroupChoiceSchema>;
