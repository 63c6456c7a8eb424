import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldMessage, describedBy } from './field-message';
import './forms.css';

interface FieldText {
  id: string;
  label: string;
  /** In Swedish: what to write instead; marks the field invalid. */
  error?: string | undefined;
  hint?: string | undefined;
}

/** The label, hint and error around one control; the control gets `describedBy(id, …)`. */
export function FormField({
  id,
  label,
  error,
  hint,
  children,
}: FieldText & { children: ReactNode }) {
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      )}
      <FieldMessage id={id} error={error} />
      {children}
    </div>
  );
}

interface TextFieldProps
  extends FieldText, Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'id'> {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled input whose hint and error are read with it (aria-describedby). */
export function TextField({ id, label, value, onChange, error, hint, ...input }: TextFieldProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        {...input}
      />
    </FormField>
  );
}

interface TextAreaFieldProps
  extends FieldText, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'id'> {
  value: string;
  onChange: (value: string) => void;
}

/** TextField for text of several lines. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        value={value}
        rows={3}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        {...textarea}
      />
    </FormField>
  );
}

interface SelectFieldProps extends FieldText {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}

/** A labelled select whose hint and error are read with it, as TextField's. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  options,
}: SelectFieldProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
