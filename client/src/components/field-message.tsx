import { strings } from './strings';

/** The error under a field's label, as GOV.UK and Designsystemet place it: before the input. */
export function FieldMessage({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="form-field__error">
      <span className="visually-hidden">{strings.fieldErrorPrefix} </span>
      {error}
    </p>
  );
}

/** The ids of a field's hint and error, for aria-describedby; undefined when it has neither. */
export function describedBy(
  id: string,
  { hint, error }: { hint?: string | undefined; error?: string | undefined },
): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
