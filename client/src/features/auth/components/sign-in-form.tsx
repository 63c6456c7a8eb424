import { useState, type SubmitEvent } from 'react';
import { LoginSchema, type SessionInfo } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useLogIn } from '../api/log-in';
import { strings } from '../strings';

/** Username and password; errors beside the fields, a wrong password or throttling above them. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const logIn = useLogIn();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = LoginSchema.safeParse({ username, password });
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void send(() => logIn.mutateAsync(parsed.data), { onSuccess: onSignedIn });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure && (
        <ErrorAlert
          title={strings.errorSummaryTitle}
          message={
            failure instanceof ApiError && failure.status === 429
              ? strings.tooManyAttempts
              : failure.message
          }
        />
      )}
      <TextField
        id="sign-in-username"
        label={strings.username}
        value={username}
        onChange={setUsername}
        error={errors.username}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
      />
      <TextField
        id="sign-in-password"
        label={strings.password}
        type="password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        autoComplete="current-password"
      />
      <FormActions
        submitLabel={strings.submit}
        pendingLabel={strings.submitting}
        pending={pending}
      />
    </form>
  );
}
