import { z } from 'zod';

// The organisation's own settings. The municipality code (kommunkod, SCB's four digits, e.g.
// 0180 Stockholm) is what Kolada names the municipality by; it is data, never assumed.

export const MunicipalityCodeSchema = z
  .string()
  .max(20, 'Kommunkoden har fyra siffror, t.ex. 0180')
  .trim()
  .regex(/^\d{4}$/, 'Kommunkoden har fyra siffror, t.ex. 0180');

export const OrganisationSchema = z.object({
  municipalityCode: z.string().nullable(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationChangeSchema = z.object({
  municipalityCode: MunicipalityCodeSchema.nullable(),
  /** The version the change is based on; a stale one is a 409. */
  version: z.number().int().min(1),
});
export type OrganisationChange = z.infer<typeof OrganisationChangeSchema>;
