/**
 * A file or request the import cannot use. The error handler answers it as a 400 with this
 * Swedish message, which says what to do instead; nothing has been written when it is thrown.
 */
export class ImportError extends Error {
  readonly statusCode = 400;
}
