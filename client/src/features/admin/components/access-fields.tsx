import { ROLE_LABELS, RoleSchema, type Role, type Unit } from '@malbild/shared';
import { FieldMessage } from '../../../components/field-message';
import type { FieldErrors } from '../../../lib/field-errors';
import { strings } from '../strings';

interface AccessFieldsProps {
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  roles: readonly Role[];
  units: readonly string[];
  unitChoices: readonly Unit[];
  errors: FieldErrors;
  onRoles: (roles: Role[]) => void;
  onUnits: (units: string[]) => void;
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((x) => x !== item);
}

/** Roles and units as checkbox groups: every choice visible, each one keyboard-reachable. */
export function AccessFields(props: AccessFieldsProps) {
  const { idPrefix, roles, units, unitChoices, errors, onRoles, onUnits } = props;
  return (
    <>
      <fieldset
        className={errors.roles ? 'form-fieldset form-fieldset--invalid' : 'form-fieldset'}
        aria-describedby={errors.roles ? `${idPrefix}-roles-error` : undefined}
      >
        <legend>{strings.roles}</legend>
        <FieldMessage id={`${idPrefix}-roles`} error={errors.roles} />
        {RoleSchema.options.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              aria-invalid={errors.roles ? true : undefined}
              onChange={(e) => onRoles(toggled(roles, role, e.target.checked))}
            />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <fieldset
        className={errors.units ? 'form-fieldset form-fieldset--invalid' : 'form-fieldset'}
        aria-describedby={[`${idPrefix}-units-hint`, errors.units && `${idPrefix}-units-error`]
          .filter(Boolean)
          .join(' ')}
      >
        <legend>{strings.units}</legend>
        <p id={`${idPrefix}-units-hint`} className="form-field__hint">
          {strings.unitsHint}
        </p>
        <FieldMessage id={`${idPrefix}-units`} error={errors.units} />
        <div className="unit-choices">
          {unitChoices.map((unit) => (
            <label key={unit.code} className="checkbox">
              <input
                type="checkbox"
                checked={units.includes(unit.code)}
                onChange={(e) => onUnits(toggled(units, unit.code, e.target.checked))}
              />
              <span>
                {unit.code} – {unit.name}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
