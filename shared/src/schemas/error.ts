import { z } from 'zod';

export const FieldErrorSchema = z.object({
  /** The refused input, e.g. "year" or "number". */
  path: z.string(),
  /** In Swedish: what to write instead. */
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

/** The body of every 4xx and 5xx answer from /api. */
export const ErrorResponseSchema = z.object({
  /** HTTP status text, e.g. "Bad Request". */
  error: z.string(),
  /** In Swedish: what went wrong and, for 4xx, what to fix. */
  message: z.string(),
  /** Present on 400 when the request's input was refused. */
  fields: z.array(FieldErrorSchema).optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** The body of a 409 on a stale version: `current` is the row as another writer left it. */
export const conflictResponseSchema = <Current extends z.ZodType>(current: Current) =>
  ErrorResponseSchema.extend({ current });
