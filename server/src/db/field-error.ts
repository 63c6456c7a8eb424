import { z } from 'zod';

/** A refused field of a request: its path and, in Swedish, what to write instead. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

const zodError = (issues: FieldIssue[]) =>
  new z.ZodError(issues.map((issue) => ({ code: 'custom' as const, ...issue, input: undefined })));

/**
 * A 400 with field errors from a handler or a repository, for rules only the database can check
 * (a name already taken, a year outside the period). A ZodError, so that the one error handler
 * answers it as it answers the request's validation: { fields: [{ path, message }] }.
 */
export function refuseFields(issues: FieldIssue[]): void {
  if (issues.length > 0) throw zodError(issues);
}

export function refuseField(path: string, message: string): never {
  throw zodError([{ path: path.split('.'), message }]);
}
