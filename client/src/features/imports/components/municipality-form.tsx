import { useState, type SubmitEvent } from 'react';
import { OrganisationChangeSchema, OrganisationSchema, type Organisation } from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { conflictCurrent, useVersionedForm } from '../../../lib/versioned-form';
import { useUpdateOrganisation } from '../../../lib/api/update-organisation';
import { strings } from '../strings';

const FIELDS: readonly ConflictField<Organisation>[] = [
  { label: strings.municipalityLabel, text: (o) => o.municipalityCode ?? '' },
];

/** Administrators set the municipality code that Kolada knows the organisation by. */
export function MunicipalityForm({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation();
  const { formRef, ...versioned } = useVersionedForm({
    stored: organisation,
    formOf: (o) => ({ municipalityCode: o.municipalityCode ?? '' }),
    conflictOf: (error) => conflictCurrent(error, OrganisationSchema),
  });
  const { conflict, failure } = versioned;
  const [saved, setSaved] = useState(false);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setSaved(false);
    const change = { ...versioned.form, version: versioned.base.version };
    const parsed = OrganisationChangeSchema.safeParse(change);
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
    <form ref={formRef} className="form municipality-form" onSubmit={submit} noValidate>
      {conflict && (
        <ConflictBox {...conflict} subject={strings.municipalitySubject} fields={FIELDS} />
      )}
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id="municipality-code"
        label={strings.municipalityLabel}
        hint={strings.municipalityHint}
        {...versioned.field('municipalityCode')}
        inputMode="numeric"
        autoComplete="off"
      />
      <FormActions
        submitLabel={strings.municipalitySave}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
        status={saved ? strings.municipalitySaved : ''}
      />
    </form>
  );
}
