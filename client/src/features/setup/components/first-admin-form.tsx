import { useState, type SubmitEvent } from 'react';
import { FirstAdminSchema, type SessionInfo } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useCreateFirstAdmin } from '../api/create-first-admin';
import { strings } from '../strings';

const EMPTY = { setupCode: '', username: '', displayName: '', password: '' };

/** The one-time code, username, name and password of the first administrator. */
export function FirstAdminForm({ onCreated }: { onCreated: (session: SessionInfo) => void }) {
  const create = useCreateFirstAdmin();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [form, setForm] = useState(EMPTY);
  const field = (name: keyof typeof EMPTY) => ({
    id: `first-admin-${name}`,
    value: form[name],
    onChange: (value: string) => setForm((current) => ({ ...current, [name]: value })),
    error: errors[name],
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = FirstAdminSchema.safeParse(form);
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void send(() => create.mutateAsync(parsed.data), { onSuccess: onCreated });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure && <ErrorAlert title={strings.form.errorTitle} message={failure.message} />}
      <TextField
        {...field('setupCode')}
        label={strings.form.setupCode}
        hint={strings.form.setupCodeHint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
      <TextField
        {...field('username')}
        label={strings.form.username}
        hint={strings.form.usernameHint}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField {...field('displayName')} label={strings.form.displayName} autoComplete="name" />
      <TextField
        {...field('password')}
        label={strings.form.password}
        hint={strings.form.passwordHint}
        type="password"
        autoComplete="new-password"
      />
      <FormActions
        submitLabel={strings.form.submit}
        pendingLabel={strings.form.submitting}
        pending={pending}
      />
    </form>
  );
}
