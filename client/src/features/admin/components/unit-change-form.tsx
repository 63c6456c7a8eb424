import type { ReactNode, SubmitEvent } from 'react';
import type { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { zodFieldErrors, type FieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useChangeUnit, type UnitChange } from '../api/change-unit';

interface UnitChangeFormProps<Schema extends z.ZodType> {
  /** The shared schema the API checks the body with: the form checks it first. */
  schema: Schema;
  /** The body as the form holds it now. */
  body: () => unknown;
  change: (input: z.output<Schema>) => UnitChange;
  submitLabel: string;
  onDone: (result: { code: string; moved: number }) => void;
  children: (errors: FieldErrors) => ReactNode;
}

/**
 * One change of a unit (add, rename, retire, merge): the shared schema's check, then the API's;
 * a refusal beside its field, a conflict (409) as the form's alert while the list reloads.
 */
export function UnitChangeForm<Schema extends z.ZodType>({
  schema,
  body,
  change,
  submitLabel,
  onDone,
  children,
}: UnitChangeFormProps<Schema>) {
  const mutation = useChangeUnit();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = schema.safeParse(body());
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void send(() => mutation.mutateAsync(change(parsed.data)), { onSuccess: onDone });
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      {failure && <ErrorAlert message={failure.message} />}
      {children(errors)}
      <FormActions submitLabel={submitLabel} pending={pending} />
    </form>
  );
}

/** A year field's text as the API takes it: blank is none. */
export const yearOf = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim());
