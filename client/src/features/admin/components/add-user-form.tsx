import { useState, type SubmitEvent } from 'react';
import { CreateUserSchema, type Unit, type User } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { apiFieldErrors, useFieldErrors, zodFieldErrors } from '../../../lib/field-errors';
import { useCreateUser } from '../api/create-user';
import { strings } from '../strings';
import type { UserForm } from '../user-form';
import { UserFields } from './user-fields';

/** 400 with fields and 409 (username taken) are shown beside their fields. */
const belongsToAField = (error: Error) =>
  error instanceof ApiError && (error.status === 409 || error.fields.length > 0);

const EMPTY: UserForm & { username: string } = {
  username: '',
  displayName: '',
  password: '',
  roles: [],
  units: [],
};

interface AddUserFormProps {
  unitChoices: readonly Unit[];
  onAdded: (user: User) => void;
}

export function AddUserForm({ unitChoices, onAdded }: AddUserFormProps) {
  const create = useCreateUser();
  const { formRef, errors, showErrors } = useFieldErrors();
  const [form, setForm] = useState(EMPTY);
  const set = (change: Partial<typeof EMPTY>) =>
    setForm((previous) => ({ ...previous, ...change }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = CreateUserSchema.safeParse(form);
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    showErrors({});
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
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
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
        onChange={(username) => set({ username })}
        error={errors.username}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
      />
      <UserFields
        idPrefix="new-user"
        form={form}
        errors={errors}
        unitChoices={unitChoices}
        passwordLabel={strings.password}
        onChange={set}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? strings.adding : strings.add}
        </button>
      </div>
    </form>
  );
}
