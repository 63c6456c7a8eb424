import { DirectionSchema } from '@malbild/shared';
import { describedBy, FieldMessage } from '../../../components/field-message';
import type { FieldErrors } from '../../../lib/field-errors';
import type { DefinitionTexts, Field } from '../form-model';
import { strings } from '../strings';

interface ChoiceFieldsProps {
  form: DefinitionTexts;
  errors: FieldErrors;
  onChange: (field: Field, value: string) => void;
}

/** Category, direction and decimals: a closed set of answers each. */
export function ChoiceFields({ form, errors, onChange }: ChoiceFieldsProps) {
  return (
    <>
      <div className={errors.category ? 'form-field form-field--invalid' : 'form-field'}>
        <label htmlFor="definition-category">{strings.category}</label>
        <FieldMessage id="definition-category" error={errors.category} />
        <select
          id="definition-category"
          value={form.category}
          onChange={(e) => onChange('category', e.target.value)}
          aria-describedby={describedBy('definition-category', { error: errors.category })}
        >
          {strings.categories.map((category) => (
            <option key={category}>{category}</option>
          ))}
        </select>
      </div>
      <fieldset className="form-fieldset">
        <legend>{strings.direction}</legend>
        {DirectionSchema.options.map((direction) => (
          <label key={direction} className="checkbox">
            <input
              type="radio"
              name="definition-direction"
              value={direction}
              checked={form.direction === direction}
              onChange={() => onChange('direction', direction)}
            />
            {strings.directions[direction]}
          </label>
        ))}
      </fieldset>
      <div className={errors.decimals ? 'form-field form-field--invalid' : 'form-field'}>
        <label htmlFor="definition-decimals">{strings.decimals}</label>
        <p id="definition-decimals-hint" className="form-field__hint">
          {strings.decimalsHint}
        </p>
        <FieldMessage id="definition-decimals" error={errors.decimals} />
        <select
          id="definition-decimals"
          value={form.decimals}
          onChange={(e) => onChange('decimals', e.target.value)}
          aria-describedby={describedBy('definition-decimals', {
            hint: strings.decimalsHint,
            error: errors.decimals,
          })}
        >
          {[0, 1, 2, 3, 4].map((n) => (
            <option key={n}>{n}</option>
          ))}
        </select>
      </div>
    </>
  );
}
