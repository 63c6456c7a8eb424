import { useState } from 'react';
import { UnitCreateSchema } from '@malbild/shared';
import { TextField } from '../../../components/text-field';
import { unitStrings as strings } from '../unit-strings';
import { UnitChangeForm, yearOf } from './unit-change-form';

/** A new förvaltning, bolag or förbund. */
export function AddUnitForm({ onAdded }: { onAdded: (code: string) => void }) {
  const [form, setForm] = useState({ code: '', name: '', activeFrom: '' });
  const set = (change: Partial<typeof form>) => setForm((previous) => ({ ...previous, ...change }));
  return (
    <UnitChangeForm
      schema={UnitCreateSchema}
      body={() => ({ ...form, activeFrom: yearOf(form.activeFrom) })}
      change={(input) => ({ kind: 'create', input })}
      submitLabel={strings.add}
      onDone={({ code }) => {
        setForm({ code: '', name: '', activeFrom: '' });
        onAdded(code);
      }}
    >
      {(errors) => (
        <>
          <TextField
            id="unit-code"
            label={strings.code}
            hint={strings.codeHint}
            value={form.code}
            onChange={(code) => set({ code })}
            error={errors.code}
            autoComplete="off"
          />
          <TextField
            id="unit-name"
            label={strings.name}
            value={form.name}
            onChange={(name) => set({ name })}
            error={errors.name}
            autoComplete="off"
          />
          <TextField
            id="unit-activeFrom"
            label={strings.activeFrom}
            hint={strings.activeFromHint}
            value={form.activeFrom}
            onChange={(activeFrom) => set({ activeFrom })}
            error={errors.activeFrom}
            inputMode="numeric"
            autoComplete="off"
          />
        </>
      )}
    </UnitChangeForm>
  );
}
