import type { InputHTMLAttributes } from 'react';
import { FieldMessage, describedBy } from './field-message';
import './forms.css';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** In Swedish: what to write instead; marks the field invalid. */
  error?: string | undefined;
  hint?: string | undefined;
}

/** A labelled input whose hint and error are read with it (aria-describedby). */
export function TextField({ id, label, value, onChange, error, hint, ...input }: TextFieldProps) {
  return (
    <div className={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      )}
      <FieldMessage id={id} error={error} />
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        {...input}
      />
    </div>
  );
}
