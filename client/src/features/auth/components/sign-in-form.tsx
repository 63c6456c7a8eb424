import { useState, type SubmitEvent } from 'react';
import { LoginSchema, type SessionInfo } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api-client';
import { apiFieldErrors, useFieldErrors, zodFieldErrors } from '../../../lib/field-errors';
import { useLogIn } from '../api/log-in';
import { strings } from '../strings';

/** Username and password; errors beside the fields, a wrong password or throttling above them. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionInfo) => void }) {
  const logIn = useLogIn();
  const { formRef, errors, showErrors } = useFieldErrors();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = LoginSchema.safeParse({ username, password });
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    showErrors({});
    logIn.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (error) => showErrors(apiFieldErrors(error)),
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {logIn.isError && <SignInError error={logIn.error} />}
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
      <div className="form-actions">
        <button type="submit" className="button" disabled={logIn.isPending}>
          {logIn.isPending ? strings.submitting : strings.submit}
        </button>
      </div>
    </form>
  );
}

function SignInError({ error }: { error: Error }) {
  // 400s are shown beside their fields; the rest (wrong password, throttling, no server) here.
  if (error instanceof ApiError && error.fields.length > 0) return null;
  const message =
    error instanceof ApiError && error.status === 429 ? strings.tooManyAttempts : error.message;
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{strings.errorSummaryTitle}.</strong> {message}
      </p>
    </div>
  );
}
