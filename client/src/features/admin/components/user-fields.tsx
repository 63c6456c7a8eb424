import type { Unit } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import type { FieldErrors } from '../../../lib/field-errors';
import { strings } from '../strings';
import type { UserForm } from '../user-form';
import { AccessFields } from './access-fields';

interface UserFieldsProps {
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix: string;
  form: UserForm;
  errors: FieldErrors;
  unitChoices: readonly Unit[];
  /** Adding asks for "Lösenord"; changing for a new one that may stay empty. */
  passwordLabel: string;
  onChange: (change: Partial<UserForm>) => void;
}

/** Name, e-mail, password, roles and units: what adding and changing a user share. */
export function UserFields({
  idPrefix,
  form,
  errors,
  unitChoices,
  passwordLabel,
  onChange,
}: UserFieldsProps) {
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={strings.displayName}
        value={form.displayName}
        onChange={(displayName) => onChange({ displayName })}
        error={errors.displayName}
        autoComplete="off"
      />
      <TextField
        id={`${idPrefix}-email`}
        label={strings.email}
        hint={strings.emailHint}
        type="email"
        value={form.email}
        onChange={(email) => onChange({ email })}
        error={errors.email}
        autoComplete="off"
      />
      <TextField
        id={`${idPrefix}-password`}
        label={passwordLabel}
        hint={strings.passwordHint}
        type="password"
        value={form.password}
        onChange={(password) => onChange({ password })}
        error={errors.password}
        autoComplete="new-password"
      />
      <AccessFields
        idPrefix={idPrefix}
        roles={form.roles}
        units={form.units}
        unitChoices={unitChoices}
        errors={errors}
        onRoles={(roles) => onChange({ roles })}
        onUnits={(units) => onChange({ units })}
      />
    </>
  );
}
