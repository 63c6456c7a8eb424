import { TextField } from '../../../components/text-field';
import { strings } from '../strings';

interface ReasonFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  label?: string;
  hint?: string;
}

/** Why a structure change is made: optional (unless the API says otherwise), kept in history. */
export function ReasonField({
  id,
  value,
  onChange,
  error,
  label = strings.reason,
  hint = strings.reasonHint,
}: ReasonFieldProps) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      value={value}
      onChange={onChange}
      error={error}
      autoComplete="off"
    />
  );
}
