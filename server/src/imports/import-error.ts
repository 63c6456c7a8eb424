import type { ImportProblem } from '@malbild/shared';

/**
 * A file or request the import cannot use. The error handler answers it as a 400 with this
 * Swedish message, which says what to do instead; nothing has been written when it is thrown.
 */
export class ImportError extends Error {
  readonly statusCode = 400;
}

/**
 * An import that was not saved: all-or-nothing found rows with errors or values changed since
 * the preview, or the preview was already saved. A 409 listing the problems; nothing was written.
 */
export class ImportRefusedError extends Error {
  readonly statusCode = 409;
  constructor(
    message: string,
    readonly problems: ImportProblem[],
  ) {
    super(message);
  }
}
