import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { CreateUserSchema, type Role, type Unit, type User } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import {
  apiFieldErrors,
  focusFirstInvalid,
  zodFieldErrors,
  type FieldErrors,
} from '../../../lib/field-errors';
import { useCreateUser } from '../api/create-user';
import { strings } from '../strings';
import { AccessFields } from './access-fields';

/** 400 with fields and 409 (username taken) are shown beside their fields. */
const belongsToAField = (error: Error) =>
  error instanceof ApiError && (error.status === 409 || error.fields.length > 0);

const EMPTY = {
  username: '',
  displayName: '',
  password: '',
  roles: [] as Role[],
  units: [] as string[],
};

interface AddUserFormProps {
  unitChoices: readonly Unit[];
  onAdded: (user: User) => void;
}

export function AddUserForm({ unitChoices, onAdded }: AddUserFormProps) {
  const create = useCreateUser();
  const formElement = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set =
    <K extends keyof typeof EMPTY>(field: K) =>
    (value: (typeof EMPTY)[K]) =>
      setForm((previous) => ({ ...previous, [field]: value }));
  const showErrors = (next: FieldErrors) => {
    flushSync(() => setErrors(next));
    focusFirstInvalid(formElement.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateUserSchema.safeParse(form);
    if (!parsed.success) return showErrors(zodFieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (user) => {
        setForm(EMPTY);
        onAdded(user);
      },
      onError: (error) =>
        // 409: the username is taken – that is about the username field.
        showErrors(
          error instanceof ApiError && error.status === 409
            ? { username: error.message }
            : apiFieldErrors(error),
        ),
    });
  };

  return (
    <form ref={formElement} className="form" noValidate onSubmit={submit}>
      {create.isError && !belongsToAField(create.error) && (
        <p className="error-box" role="alert">
          {create.error.message}
        </p>
      )}
      <TextField
        id="new-user-username"
        label={strings.username}
        hint={strings.usernameHint}
        value={form.username}
        onChange={set('username')}
        error={errors.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        id="new-user-name"
        label={strings.displayName}
        value={form.displayName}
        onChange={set('displayName')}
        error={errors.displayName}
        autoComplete="off"
      />
      <TextField
        id="new-user-password"
        label={strings.password}
        hint={strings.passwordHint}
        type="password"
        value={form.password}
        onChange={set('password')}
        error={errors.password}
        autoComplete="new-password"
      />
      <AccessFields
        idPrefix="new-user"
        roles={form.roles}
        units={form.units}
        unitChoices={unitChoices}
        errors={errors}
        onRoles={set('roles')}
        onUnits={set('units')}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? strings.adding : strings.add}
        </button>
      </div>
    </form>
  );
}
