import { useState, type SubmitEvent } from 'react';
import { CreateUserSchema, type Unit, type User } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useCreateUser } from '../api/create-user';
import { strings } from '../strings';
import type { UserForm } from '../user-form';
import { UserFields } from './user-fields';

const EMPTY: UserForm & { username: string } = {
  username: '',
  displayName: '',
  password: '',
  roles: [],
  units: [],
  email: '',
};

interface AddUserFormProps {
  unitChoices: readonly Unit[];
  onAdded: (user: User) => void;
}

export function AddUserForm({ unitChoices, onAdded }: AddUserFormProps) {
  const create = useCreateUser();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
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
    void send(() => create.mutateAsync(parsed.data), {
      onSuccess: (user) => {
        setForm(EMPTY);
        onAdded(user);
      },
      // 409: the username is taken – that is about the username field.
      onRefused: (error) => {
        if (!(error instanceof ApiError && error.status === 409)) return false;
        showErrors({ username: error.message });
        return true;
      },
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure && <ErrorAlert message={failure.message} />}
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
      <FormActions submitLabel={strings.add} pendingLabel={strings.adding} pending={pending} />
    </form>
  );
}
