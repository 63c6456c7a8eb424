import { useState } from 'react';
import {
  unitActiveIn,
  UnitMergeSchema,
  UnitRenameSchema,
  UnitRetireSchema,
  type UnitWithCounts,
} from '@malbild/shared';
import { describedBy, FieldMessage } from '../../../components/field-message';
import { TextField } from '../../../components/text-field';
import { unitStrings as strings } from '../unit-strings';
import { UnitChangeForm, yearOf } from './unit-change-form';

interface UnitEditorProps {
  unit: UnitWithCounts;
  units: readonly UnitWithCounts[];
  onDone: (message: string | null) => void;
}

/** Rename, retire or reactivate, or merge one unit; each its own form and its own write. */
export function UnitEditor({ unit, units, onDone }: UnitEditorProps) {
  const { code, version } = unit;
  const [name, setName] = useState(unit.name);
  const [renameReason, setRenameReason] = useState('');
  const [activeUntil, setActiveUntil] = useState(unit.activeUntil?.toString() ?? '');
  const [retireReason, setRetireReason] = useState('');
  const [into, setInto] = useState('');
  const [mergeReason, setMergeReason] = useState('');
  const thisYear = new Date().getFullYear();
  const targets = units.filter((u) => u.code !== code && unitActiveIn(u, thisYear));

  return (
    <section className="unit-editor" aria-labelledby="unit-editor-heading">
      <h2 id="unit-editor-heading">{strings.editHeading(code, unit.name)}</h2>
      {unit.mergedInto ? (
        <p>{strings.mergedAlready(unit.mergedInto)}</p>
      ) : (
        <>
          <h3>{strings.renameHeading}</h3>
          <UnitChangeForm
            schema={UnitRenameSchema}
            body={() => ({ name, reason: renameReason, version })}
            change={(input) => ({ kind: 'rename', code, input })}
            submitLabel={strings.rename}
            onDone={() => onDone(strings.renamed(code))}
          >
            {(errors) => (
              <>
                <TextField
                  id="unit-rename-name"
                  label={strings.newName}
                  value={name}
                  onChange={setName}
                  error={errors.name}
                  autoComplete="off"
                />
                <TextField
                  id="unit-rename-reason"
                  label={strings.reason}
                  value={renameReason}
                  onChange={setRenameReason}
                  error={errors.reason}
                  autoComplete="off"
                />
              </>
            )}
          </UnitChangeForm>

          <h3>{strings.retireHeading}</h3>
          <UnitChangeForm
            schema={UnitRetireSchema}
            body={() => ({ activeUntil: yearOf(activeUntil), reason: retireReason, version })}
            change={(input) => ({ kind: 'retire', code, input })}
            submitLabel={strings.retire}
            onDone={() => onDone(strings.retired(code, yearOf(activeUntil)))}
          >
            {(errors) => (
              <>
                <TextField
                  id="unit-activeUntil"
                  label={strings.activeUntil}
                  hint={strings.activeUntilHint}
                  value={activeUntil}
                  onChange={setActiveUntil}
                  error={errors.activeUntil}
                  inputMode="numeric"
                  autoComplete="off"
                />
                <TextField
                  id="unit-retire-reason"
                  label={strings.reason}
                  value={retireReason}
                  onChange={setRetireReason}
                  error={errors.reason}
                  autoComplete="off"
                />
              </>
            )}
          </UnitChangeForm>

          <h3>{strings.mergeHeading}</h3>
          <p id="unit-merge-hint">{strings.mergeHint}</p>
          <UnitChangeForm
            schema={UnitMergeSchema}
            body={() => ({ into, reason: mergeReason, version })}
            change={(input) => ({ kind: 'merge', code, input })}
            submitLabel={strings.merge}
            onDone={({ moved }) => onDone(strings.merged(code, into, moved))}
          >
            {(errors) => (
              <>
                <div className={errors.into ? 'form-field form-field--invalid' : 'form-field'}>
                  <label htmlFor="unit-into">{strings.into}</label>
                  <FieldMessage id="unit-into" error={errors.into} />
                  <select
                    id="unit-into"
                    value={into}
                    onChange={(event) => setInto(event.target.value)}
                    aria-invalid={errors.into ? true : undefined}
                    aria-describedby={describedBy('unit-into', { error: errors.into })}
                  >
                    <option value="">{strings.chooseUnit}</option>
                    {targets.map((target) => (
                      <option key={target.code} value={target.code}>
                        {target.code} – {target.name}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField
                  id="unit-merge-reason"
                  label={strings.reason}
                  value={mergeReason}
                  onChange={setMergeReason}
                  error={errors.reason}
                  autoComplete="off"
                />
              </>
            )}
          </UnitChangeForm>
        </>
      )}
      <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
        {strings.close}
      </button>
    </section>
  );
}
