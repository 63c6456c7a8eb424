import { z } from 'zod';

/** Free text a form may leave blank: blank and missing are both stored as null. */
export const optionalText = (max: number) =>
  z
    // Room for the spaces trimmed away; the limit that counts is the one after trimming.
    .string()
    .max(max + 100, `Högst ${max} tecken`)
    .nullable()
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(max, `Högst ${max} tecken`).nullable());

/** An e-mail address a form may leave blank (null); `example` is shown in the message. */
export const optionalEmail = (example: string) =>
  optionalText(200).pipe(z.email(`Skriv en e-postadress, t.ex. ${example}`).nullable());

/** A unit's code as written in the documents, e.g. SOU or V00. */
export const UnitCodeSchema = z
  .string()
  .max(10, 'Ogiltig enhetskod')
  .regex(/^[A-ZÅÄÖ0-9]{1,10}$/, 'Ogiltig enhetskod');

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** A calendar date as ISO text (ÅÅÅÅ-MM-DD) that exists. */
export const IsoDateSchema = z
  .string({ error: 'Ange ett datum' })
  .max(20, 'Skriv datumet som ÅÅÅÅ-MM-DD')
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Skriv datumet som ÅÅÅÅ-MM-DD', abort: true })
  .refine(isCalendarDate, 'Datumet finns inte');
