import { useState, type SubmitEvent } from 'react';
import { MunicipalityCodeSchema, type Organisation } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import { useUpdateOrganisation } from '../api/update-organisation';
import { strings } from '../strings';

/** Administrators set the municipality code that Kolada knows the organisation by. */
export function MunicipalityForm({ organisation }: { organisation: Organisation }) {
  const [code, setCode] = useState(organisation.municipalityCode ?? '');
  const [error, setError] = useState<string>();
  const update = useUpdateOrganisation();
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = MunicipalityCodeSchema.safeParse(code);
    setError(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (parsed.success) {
      update.mutate({ municipalityCode: parsed.data, version: organisation.version });
    }
  };
  return (
    <form className="form municipality-form" onSubmit={submit} noValidate>
      <TextField
        id="municipality-code"
        label={strings.municipalityLabel}
        hint={strings.municipalityHint}
        value={code}
        onChange={setCode}
        error={error ?? (update.isError ? update.error.message : undefined)}
        inputMode="numeric"
        autoComplete="off"
      />
      <button type="submit" className="button button--secondary" disabled={update.isPending}>
        {strings.municipalitySave}
      </button>
      <p role="status">{update.isSuccess && strings.municipalitySaved}</p>
    </form>
  );
}
