import { z } from 'zod';

// The organisation's own settings. The municipality code (kommunkod, SCB's four digits, e.g.
// 0180 Stockholm) is what Kolada names the municipality by; it is data, never assumed. The name
// heads the documents generated from the database.

export const MunicipalityCodeSchema = z
  .string()
  .max(20, 'Kommunkoden har fyra siffror, t.ex. 0180')
  .trim()
  .regex(/^\d{4}$/, 'Kommunkoden har fyra siffror, t.ex. 0180');

/** "Ludvika kommun": blank means none (generated documents then carry no name). */
export const MunicipalityNameSchema = z
  .string()
  .trim()
  .max(100, 'Högst 100 tecken')
  .transform((name) => (name === '' ? null : name));

export const OrganisationSchema = z.object({
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationChangeSchema = z.object({
  municipalityCode: MunicipalityCodeSchema.nullable(),
  /** Left out, the stored name is kept. */
  municipalityName: MunicipalityNameSchema.nullable().optional(),
  /** The version the change is based on; a stale one is a 409. */
  version: z.number().int().min(1),
});
export type OrganisationChange = z.infer<typeof OrganisationChangeSchema>;
