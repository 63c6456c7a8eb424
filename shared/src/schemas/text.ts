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
