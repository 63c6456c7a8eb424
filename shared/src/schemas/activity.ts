import { z } from 'zod';
import { YearSchema } from './measure';

// activity = målaktivitet; unit = koncernenhet (förvaltning, bolag or förbund).
export const ActivitySchema = z.object({
  id: z.number().int(),
  year: YearSchema,
  measureNumber: z.number().int(),
  /** Row number within the measure's table in the source document. */
  position: z.number().int(),
  /** Responsible unit codes, e.g. ["SOU", "KSF"] for "SOU och KSF". */
  units: z.array(z.string()),
  /** The responsible units exactly as written. */
  unitsRaw: z.string(),
  verksamhet: z.string().nullable(),
  text: z.string(),
  /** Antal exactly as written: "15", "50-75", "2,4" or null. */
  antal: z.string().nullable(),
  antalMin: z.number().nullable(),
  antalMax: z.number().nullable(),
  /** Unit of count (Enhet), e.g. "dagar", "studenter". */
  countUnit: z.string().nullable(),
  comment: z.string().nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

const optionalInt = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional();

export const ActivityQuerySchema = z.object({
  year: optionalInt(1900, 2200),
  measure: optionalInt(1, 10_000),
  unit: z
    .string()
    .regex(/^[A-Za-zÅÄÖåäö0-9/-]{1,20}$/, 'Ange en enhetskod, t.ex. SOU')
    .optional(),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;
