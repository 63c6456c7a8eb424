interface SelectFieldProps {
  id: string;
  /** The search param it sets: without JavaScript the form submits it. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, standing for "no filter" (value ""); omitted when a value is required. */
  emptyLabel?: string;
  options: readonly { value: string; label: string }[];
}

export function SelectField(props: SelectFieldProps) {
  const { id, name, label, value, onChange, emptyLabel, options } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
