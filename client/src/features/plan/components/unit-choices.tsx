import type { Unit } from '@malbild/shared';
import { FieldMessage } from '../../../components/field-message';
import { strings } from '../strings';

interface UnitChoicesProps {
  units: readonly Unit[];
  /** The chosen codes, in the order they were chosen (the order the plan writes them in). */
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error: string | undefined;
}

const ID = 'activity-units';

/** The responsible units as checkboxes: an activity of "SOU och KSF" has both ticked. */
export function UnitChoices({ units, value, onChange, error }: UnitChoicesProps) {
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset
      className={error ? 'form-fieldset form-fieldset--invalid' : 'form-fieldset'}
      aria-describedby={[`${ID}-hint`, error && `${ID}-error`].filter(Boolean).join(' ')}
    >
      <legend>{strings.units}</legend>
      <p id={`${ID}-hint`} className="form-field__hint">
        {strings.unitsHint}
      </p>
      <FieldMessage id={ID} error={error} />
      <div className="plan-form__units">
        {units.map((unit, index) => (
          <label key={unit.code} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(unit.code)}
              onChange={(event) => toggle(unit.code, event.target.checked)}
              aria-invalid={error && index === 0 ? true : undefined}
            />
            {unit.name} ({unit.code})
          </label>
        ))}
      </div>
    </fieldset>
  );
}
