import { useState, type SubmitEvent } from 'react';
import type { z } from 'zod';
import { zodFieldErrors } from '../../../lib/field-errors';
import { conflictCurrent, useVersionedForm } from '../../../lib/versioned-form';

interface StructureEditOptions<Stored extends { version: number }, Form extends object, Change> {
  stored: Stored;
  formOf: (stored: Stored) => Form;
  /** The stored item's schema: a 409's `current` is read with it. */
  storedSchema: z.ZodType<Stored>;
  /** The change schema of the API, checked here first. */
  changeSchema: z.ZodType<Change>;
  /** The form's edits as the API takes them (numbers from their texts). */
  changeOf: (edits: Partial<Form>) => object;
  request: (change: Change) => Promise<Stored>;
  onSaved: (saved: Stored) => void;
  onUnchanged: () => void;
}

/**
 * A form that changes a period or an item of its structure: the versioned form, a reason the
 * history keeps, the change checked with the API's schema before it is sent.
 */
export function useStructureEdit<Stored extends { version: number }, Form extends object, Change>(
  options: StructureEditOptions<Stored, Form, Change>,
) {
  const [reason, setReason] = useState('');
  const { formRef, ...form } = useVersionedForm({
    stored: options.stored,
    formOf: options.formOf,
    conflictOf: (error) => conflictCurrent(error, options.storedSchema),
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = options.changeSchema.safeParse({
      ...options.changeOf(form.edits),
      version: form.base.version,
      reason: reason.trim() || undefined,
    });
    if (!parsed.success) {
      form.showErrors(zodFieldErrors(parsed.error));
      return;
    }
    if (!form.edited) {
      options.onUnchanged();
      return;
    }
    void form.save(
      () => options.request(parsed.data),
      (saved) => {
        setReason('');
        options.onSaved(saved);
      },
    );
  };
  return { formRef, form, reason, setReason, submit };
}
