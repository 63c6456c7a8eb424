import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import type { FieldError } from '@malbild/shared';
import { ApiError } from './api-client';

/** Field path ("username", "units") → the first Swedish message about it. */
export type FieldErrors = Partial<Record<string, string>>;

function firstPerPath(errors: readonly FieldError[]): FieldErrors {
  const byPath: FieldErrors = {};
  for (const { path, message } of errors) byPath[path] ??= message;
  return byPath;
}

/** The form's own check, with the same schema the server uses. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return firstPerPath(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}

/** What the server refused, per field (400); empty for any other error. */
export function apiFieldErrors(error: unknown): FieldErrors {
  return error instanceof ApiError ? firstPerPath(error.fields) : {};
}

/** Moves focus to the first invalid field of a form, so its message is read at once. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

/**
 * A form's field errors. Showing them moves focus to the first invalid field, so its message is
 * read at once; the form element must carry `formRef`.
 */
export function useFieldErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const showErrors = useCallback((next: FieldErrors) => {
    // Rendered first, so the invalid fields are marked before focus looks for them.
    flushSync(() => setErrors(next));
    focusFirstInvalid(formRef.current);
  }, []);
  return { formRef, errors, showErrors };
}
