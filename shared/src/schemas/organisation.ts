import { z } from 'zod';
import { optionalEmail, optionalText } from './text';

// The organisation's profile: the municipality that runs this installation. Its name, kommunkod
// (SCB's four digits, e.g. 0180 Stockholm, what Kolada names the municipality by), contact, the
// licence of its open data and its accessibility statement are data, never assumed in code.

export const MunicipalityCodeSchema = z
  .string()
  .max(20, 'Kommunkoden har fyra siffror, t.ex. 0180')
  .trim()
  .regex(/^\d{4}$/, 'Kommunkoden har fyra siffror, t.ex. 0180');

/** The open-data licences an administrator chooses between (SPDX identifiers). */
export const LicenceSchema = z.enum(['CC0-1.0', 'CC-BY-4.0']);
export type Licence = z.infer<typeof LicenceSchema>;

/** How the site and the exports name a licence, and where its text is. */
export const LICENCES: Record<Licence, { name: string; summary: string; url: string }> = {
  'CC0-1.0': {
    name: 'CC0 1.0',
    summary: 'fri att använda utan villkor',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.sv',
  },
  'CC-BY-4.0': {
    name: 'CC BY 4.0',
    summary: 'fri att använda om du anger källan',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.sv',
  },
};

/** "CC0 1.0 (https://…)": the licence as a file states it. */
export const licenceText = (licence: Licence): string =>
  `${LICENCES[licence].name} (${LICENCES[licence].url})`;

/** The logo's file types; SVG is left out, as it can carry scripts. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const LOGO_MAX_BYTES = 256 * 1024;

export const OrganisationSchema = z.object({
  /** "Ludvika kommun"; null until the seed or an administrator sets it. */
  name: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  webAddress: z.string().nullable(),
  licence: LicenceSchema,
  /** The tillgänglighetsredogörelse's text, paragraphs separated by blank lines; null = the outline. */
  accessibilityStatement: z.string().nullable(),
  /** Where the logo is served, changing with every new logo; null without one. */
  logoUrl: z.string().nullable(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

const ProfileFieldsSchema = z.object({
  name: z
    .string()
    .max(220, 'Högst 120 tecken')
    .trim()
    .min(1, 'Skriv kommunens namn, t.ex. Exempels kommun')
    .max(120, 'Högst 120 tecken'),
  municipalityCode: MunicipalityCodeSchema.nullable(),
  contactEmail: optionalEmail('kommun@exempel.se'),
  contactPhone: optionalText(40).pipe(
    z
      .string()
      .regex(/^\+?[0-9][0-9 ()-]{3,}$/, 'Skriv ett telefonnummer, t.ex. 0240-860 00')
      .nullable(),
  ),
  webAddress: optionalText(300).pipe(
    z
      .url({
        protocol: /^https?$/,
        error: 'Skriv en webbadress som börjar med https://, t.ex. https://www.exempel.se',
      })
      .nullable(),
  ),
  licence: LicenceSchema,
  accessibilityStatement: optionalText(20000),
});

/** A change of the profile: the fields sent are changed, those left out stay as they are. */
export const OrganisationChangeSchema = ProfileFieldsSchema.partial().extend({
  /** The version the change is based on; a stale one is a 409. */
  version: z.number().int().min(1),
});
export type OrganisationChange = z.output<typeof OrganisationChangeSchema>;
export type OrganisationChangeInput = z.input<typeof OrganisationChangeSchema>;

/** The logo's query: the version the new logo replaces. */
export const LogoQuerySchema = z.object({ version: z.coerce.number().int().min(1) });
