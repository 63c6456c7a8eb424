import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import { ApiError } from './api-client';
import { useFormSubmit } from './form-submit';
import { useUnsavedChangesWarning } from './unsaved-changes';

// Every form that changes a stored thing (a user, a definition, an activity, the organisation)
// saves against the version the user started from. The API answers a stale version with 409 and
// the current value (`{ error, message, current }`); the form then keeps the user's draft and
// lets them lay their edits on the current version or take it as it is. Never a silent overwrite.

/** On 409, the value someone else saved meanwhile, checked with its schema; null otherwise. */
export function conflictCurrent<Schema extends z.ZodType>(
  error: unknown,
  schema: Schema,
): z.infer<Schema> | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const body = error.body as { current?: unknown } | null;
  const parsed = schema.safeParse(body?.current);
  return parsed.success ? parsed.data : null;
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, i) => item === b[i])
    : a === b;

/** The fields whose value differs from the form as loaded (a list by its items, in order). */
export function changedFields<Form extends object>(form: Form, pristine: Form): Partial<Form> {
  const edits: Partial<Form> = {};
  for (const key of Object.keys(form) as (keyof Form)[]) {
    if (!same(form[key], pristine[key])) edits[key] = form[key];
  }
  return edits;
}

interface VersionedFormOptions<Stored, Form> {
  /** The version the user starts from; null for something new (nothing to conflict with). */
  stored: Stored;
  /** The form as it shows a stored version (or, for null, something new). */
  formOf: (stored: Stored) => Form;
  /** What the user changed from the form as loaded: this survives another writer's version. */
  editsOf?: (form: Form, pristine: Form) => Partial<Form>;
  /** On 409, the version someone else saved meanwhile; null for any other error. */
  conflictOf: (error: unknown) => NonNullable<Stored> | null;
}

/** What a ConflictBox needs of a conflict: both versions and the user's two ways on. */
export interface Conflict<Stored> {
  /** The version the user started from. */
  base: Stored;
  /** The version someone else saved meanwhile. */
  current: Stored;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * A versioned form: the draft, the version it is based on, sending (useFormSubmit) and, on 409,
 * the conflict. "Keep mine" lays the user's edits on the current version, "take theirs" drops
 * them; either way the current version becomes the base and focus returns to the form.
 */
export function useVersionedForm<Stored extends object | null, Form extends object>({
  stored,
  formOf,
  editsOf = changedFields,
  conflictOf,
}: VersionedFormOptions<Stored, Form>) {
  const submit = useFormSubmit();
  const [base, setBase] = useState(stored);
  const [form, setForm] = useState(() => formOf(stored));
  const [current, setCurrent] = useState<NonNullable<Stored> | null>(null);
  const [reapplied, setReapplied] = useState(false);
  const edits = editsOf(form, formOf(base));
  const edited = Object.keys(edits).length > 0;
  useUnsavedChangesWarning(edited);

  const set = (change: Partial<Form>) => {
    setForm((previous) => ({ ...previous, ...change }));
    setReapplied(false);
  };
  /** The onChange of one field's control. */
  const setter =
    <Key extends keyof Form>(key: Key) =>
    (value: Form[Key]) => {
      const change: Partial<Form> = {};
      change[key] = value;
      set(change);
    };

  /** Sends; on success the saved version is the new base (the form may stay open). */
  const save = (
    request: () => Promise<NonNullable<Stored>>,
    onSaved: (saved: NonNullable<Stored>) => void = () => {},
  ) => {
    setReapplied(false);
    return submit.send(request, {
      onSuccess: (saved) => {
        setBase(saved);
        setForm(formOf(saved));
        setCurrent(null);
        onSaved(saved);
      },
      onRefused: (error) => {
        const theirs = base === null ? null : conflictOf(error);
        setCurrent(theirs);
        return theirs !== null;
      },
    });
  };

  const resolve = (theirs: NonNullable<Stored>, next: Form, keptMine: boolean) => {
    // Rendered first: the box (and its focused button) goes, and focus needs a field to go to.
    flushSync(() => {
      setBase(theirs);
      setForm(next);
      setCurrent(null);
      setReapplied(keptMine);
    });
    submit.formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };

  const conflict: Conflict<NonNullable<Stored>> | null =
    base !== null && current !== null
      ? {
          base,
          current,
          onKeepMine: () => resolve(current, { ...formOf(current), ...edits }, true),
          onTakeTheirs: () => resolve(current, formOf(current), false),
        }
      : null;

  /** A text field's value, onChange and error, to spread on a TextField. */
  const field = <Key extends keyof Form & string>(key: Key) => ({
    value: form[key],
    onChange: setter(key),
    error: submit.errors[key],
  });

  return { ...submit, base, form, set, setter, field, edits, edited, save, conflict, reapplied };
}
