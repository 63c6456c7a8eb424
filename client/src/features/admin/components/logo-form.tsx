import { useState, type SubmitEvent } from 'react';
import { LOGO_TYPES, type Organisation } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { FormField } from '../../../components/text-field';
import { describedBy } from '../../../components/field-message';
import { useFormSubmit } from '../../../lib/form-submit';
import { useReplaceLogo } from '../api/upload-logo';
import { profileStrings as strings } from '../profile-strings';

/** The logo: the current one, a file to replace it with, or none. */
export function LogoForm({ organisation }: { organisation: Organisation }) {
  const replace = useReplaceLogo();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState('');

  const save = (next: File | null, done: string) => {
    setStatus('');
    void send(() => replace.mutateAsync({ file: next, version: organisation.version }), {
      onSuccess: () => {
        setFile(null);
        formRef.current?.reset();
        setStatus(done);
      },
    });
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!file) {
      showErrors({ logo: strings.logoChoose });
      return;
    }
    save(file, strings.logoSaved);
  };

  return (
    <form ref={formRef} className="form logo-form" onSubmit={submit} noValidate>
      {failure && <ErrorAlert message={failure.message} />}
      {organisation.logoUrl ? (
        <figure className="logo-form__current">
          <img src={organisation.logoUrl} alt={strings.logoCurrent} />
        </figure>
      ) : (
        <p>{strings.logoNone}</p>
      )}
      <FormField
        id="profile-logo"
        label={strings.logoFile}
        hint={strings.logoHint}
        error={errors.logo}
      >
        <input
          id="profile-logo"
          type="file"
          accept={LOGO_TYPES.join(',')}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          aria-invalid={errors.logo ? true : undefined}
          aria-describedby={describedBy('profile-logo', {
            hint: strings.logoHint,
            error: errors.logo,
          })}
        />
      </FormField>
      <FormActions submitLabel={strings.logoUpload} pending={pending} status={status}>
        {organisation.logoUrl && (
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() => save(null, strings.logoRemoved)}
          >
            {strings.logoRemove}
          </button>
        )}
      </FormActions>
    </form>
  );
}
