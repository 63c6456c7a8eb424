import { useState, type SubmitEvent } from 'react';
import {
  LicenceSchema,
  OrganisationChangeSchema,
  OrganisationSchema,
  type Licence,
  type Organisation,
} from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useUpdateOrganisation } from '../../../lib/api/update-organisation';
import { zodFieldErrors } from '../../../lib/field-errors';
import { changedFields, conflictCurrent, useVersionedForm } from '../../../lib/versioned-form';
import { profileStrings as strings } from '../profile-strings';

interface ProfileForm {
  name: string;
  municipalityCode: string;
  contactEmail: string;
  contactPhone: string;
  webAddress: string;
  licence: Licence;
  accessibilityStatement: string;
}

const formOf = (o: Organisation): ProfileForm => ({
  name: o.name ?? '',
  municipalityCode: o.municipalityCode ?? '',
  contactEmail: o.contactEmail ?? '',
  contactPhone: o.contactPhone ?? '',
  webAddress: o.webAddress ?? '',
  licence: o.licence,
  accessibilityStatement: o.accessibilityStatement ?? '',
});

const FIELDS: readonly ConflictField<Organisation>[] = [
  { label: strings.name, text: (o) => o.name ?? '' },
  { label: strings.municipalityCode, text: (o) => o.municipalityCode ?? '' },
  { label: strings.contactEmail, text: (o) => o.contactEmail ?? '' },
  { label: strings.contactPhone, text: (o) => o.contactPhone ?? '' },
  { label: strings.webAddress, text: (o) => o.webAddress ?? '' },
  { label: strings.licence, text: (o) => strings.licences[o.licence] },
  { label: strings.statement, text: (o) => o.accessibilityStatement ?? '' },
];

/** The municipality's profile: every field but the logo, saved against the version shown. */
export function ProfileForm({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation();
  const { formRef, ...versioned } = useVersionedForm({
    stored: organisation,
    formOf,
    conflictOf: (error) => conflictCurrent(error, OrganisationSchema),
  });
  const { conflict, failure, form } = versioned;
  const [saved, setSaved] = useState(false);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    // A new logo is a new version of the profile, but changes none of this form's fields: the
    // form then saves on from the latest version instead of meeting its own logo as a conflict.
    const { base } = versioned;
    const onlyLogo = Object.keys(changedFields(formOf(organisation), formOf(base))).length === 0;
    const parsed = OrganisationChangeSchema.safeParse({
      ...form,
      municipalityCode: form.municipalityCode.trim() || null,
      version: onlyLogo ? organisation.version : base.version,
    });
    if (!parsed.success) {
      versioned.showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void versioned.save(
      () => update.mutateAsync(parsed.data),
      () => setSaved(true),
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      {conflict && <ConflictBox {...conflict} subject={strings.subject} fields={FIELDS} />}
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id="profile-name"
        label={strings.name}
        hint={strings.nameHint}
        autoComplete="organization"
        {...versioned.field('name')}
      />
      <TextField
        id="profile-municipalityCode"
        label={strings.municipalityCode}
        hint={strings.municipalityCodeHint}
        inputMode="numeric"
        autoComplete="off"
        {...versioned.field('municipalityCode')}
      />
      <TextField
        id="profile-contactEmail"
        label={strings.contactEmail}
        type="email"
        autoComplete="email"
        {...versioned.field('contactEmail')}
      />
      <TextField
        id="profile-contactPhone"
        label={strings.contactPhone}
        type="tel"
        autoComplete="tel"
        {...versioned.field('contactPhone')}
      />
      <TextField
        id="profile-webAddress"
        label={strings.webAddress}
        hint={strings.webAddressHint}
        type="url"
        autoComplete="url"
        {...versioned.field('webAddress')}
      />
      <fieldset className="form-fieldset">
        <legend>{strings.licence}</legend>
        {LicenceSchema.options.map((licence) => (
          <label key={licence} className="checkbox">
            <input
              type="radio"
              name="profile-licence"
              value={licence}
              checked={form.licence === licence}
              onChange={() => versioned.set({ licence })}
            />
            {strings.licences[licence]}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id="profile-accessibilityStatement"
        label={strings.statement}
        hint={strings.statementHint}
        rows={12}
        {...versioned.field('accessibilityStatement')}
      />
      <FormActions
        submitLabel={strings.save}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
        status={saved ? strings.saved : ''}
      />
    </form>
  );
}
