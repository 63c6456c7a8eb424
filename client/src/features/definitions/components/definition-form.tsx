import { useState, type SubmitEvent } from 'react';
import { TextField } from '../../../components/text-field';
import { apiFieldErrors, useFieldErrors } from '../../../lib/field-errors';
import { useUnsavedChangesWarning } from '../../../lib/unsaved-changes';
import type { StoredDefinition } from '../api/get-definition';
import { conflictingDefinition, useUpdateDefinition } from '../api/update-definition';
import { changeFrom, toForm, userEdits, type DefinitionTexts, type Field } from '../form-model';
import { strings } from '../strings';
import { ChoiceFields } from './choice-fields';
import { DefinitionConflict } from './definition-conflict';

type Notice = 'saved' | 'unchanged' | 'reapplied' | null;

/** Edits one measure's definition against the version it was loaded at. */
export function DefinitionForm({ stored }: { stored: StoredDefinition }) {
  const update = useUpdateDefinition(stored.number);
  const { formRef, errors, showErrors } = useFieldErrors();
  const [base, setBase] = useState(stored);
  const [form, setForm] = useState(() => toForm(stored));
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const conflict = conflictingDefinition(update.error);
  useUnsavedChangesWarning(Object.keys(userEdits(form, base)).length > 0);

  const set = (field: Field) => (value: string) => {
    setForm((previous) => ({ ...previous, [field]: value }));
    setNotice(null);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = changeFrom(form, base, reason);
    if ('errors' in result) {
      showErrors(result.errors);
      return;
    }
    showErrors({});
    if (Object.keys(userEdits(form, base)).length === 0) {
      setNotice('unchanged');
      return;
    }
    update.mutate(result.change, {
      onSuccess: (saved) => {
        setBase(saved);
        setForm(toForm(saved));
        setReason('');
        setNotice('saved');
      },
      onError: (error) => showErrors(apiFieldErrors(error)),
    });
  };

  const resolve = (next: DefinitionTexts, current: StoredDefinition, outcome: Notice) => {
    setBase(current);
    setForm(next);
    setNotice(outcome);
    update.reset();
  };

  const text = (field: Field, label: string, hint?: string) => (
    <TextField
      id={`definition-${field}`}
      label={label}
      hint={hint}
      value={form[field]}
      onChange={set(field)}
      error={errors[field]}
    />
  );

  return (
    <form ref={formRef} className="form definition-form" noValidate onSubmit={submit}>
      {conflict && (
        <DefinitionConflict
          base={base}
          current={conflict}
          onReapply={() =>
            resolve({ ...toForm(conflict), ...userEdits(form, base) }, conflict, 'reapplied')
          }
          onTakeCurrent={() => resolve(toForm(conflict), conflict, null)}
        />
      )}
      {update.isError && !conflict && Object.keys(errors).length === 0 && (
        <p className="error-box" role="alert">
          {update.error.message}
        </p>
      )}
      {text('name', strings.name)}
      {text('statement', strings.statement)}
      {text('dataSource', strings.dataSource)}
      {text('unit', strings.unit, strings.unitHint)}
      <div className="definition-form__pair">
        {text('scaleMin', strings.scaleMin, strings.scaleHint)}
        {text('scaleMax', strings.scaleMax, strings.scaleHint)}
      </div>
      <ChoiceFields form={form} errors={errors} onChange={(field, value) => set(field)(value)} />
      {text('koladaKpi', strings.koladaKpi, strings.koladaHint)}
      <TextField
        id="definition-reason"
        label={strings.reason}
        value={reason}
        onChange={setReason}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? strings.saving : strings.save}
        </button>
        <p role="status" className="definition-form__status">
          {notice && strings[notice]}
        </p>
      </div>
    </form>
  );
}
