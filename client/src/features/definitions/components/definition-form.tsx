import { useState, type SubmitEvent } from 'react';
import { ConflictBox } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { KoladaKpiSearch } from '../../../components/kolada-kpi-search';
import { TextField } from '../../../components/text-field';
import { useVersionedForm } from '../../../lib/versioned-form';
import type { StoredDefinition } from '../api/get-definition';
import { conflictingDefinition, useUpdateDefinition } from '../api/update-definition';
import { DEFINITION_FIELDS } from '../conflict-fields';
import { changeFrom, toForm, type Field } from '../form-model';
import { strings } from '../strings';
import { ChoiceFields } from './choice-fields';

type Notice = 'saved' | 'unchanged' | null;

/** Edits one measure's definition against the version it was loaded at. */
export function DefinitionForm({ stored }: { stored: StoredDefinition }) {
  const update = useUpdateDefinition(stored.number);
  const { formRef, ...versioned } = useVersionedForm({
    stored,
    formOf: toForm,
    conflictOf: conflictingDefinition,
  });
  const { conflict, failure } = versioned;
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  const set = (field: Field) => (value: string) => {
    versioned.setter(field)(value);
    setNotice(null);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const result = changeFrom(versioned.form, versioned.base, reason);
    if ('errors' in result) {
      versioned.showErrors(result.errors);
      return;
    }
    versioned.showErrors({});
    if (!versioned.edited) {
      setNotice('unchanged');
      return;
    }
    void versioned.save(
      () => update.mutateAsync(result.change),
      () => {
        setReason('');
        setNotice('saved');
      },
    );
  };

  const text = (field: Field, label: string, hint?: string) => (
    <TextField
      id={`definition-${field}`}
      label={label}
      hint={hint}
      {...versioned.field(field)}
      onChange={set(field)}
    />
  );

  return (
    <form ref={formRef} className="form definition-form" noValidate onSubmit={submit}>
      {conflict && (
        <ConflictBox {...conflict} subject={strings.conflictSubject} fields={DEFINITION_FIELDS} />
      )}
      {failure && <ErrorAlert message={failure.message} />}
      {text('name', strings.name)}
      {text('statement', strings.statement)}
      {text('dataSource', strings.dataSource)}
      {text('unit', strings.unit, strings.unitHint)}
      <div className="definition-form__pair">
        {text('scaleMin', strings.scaleMin, strings.scaleHint)}
        {text('scaleMax', strings.scaleMax, strings.scaleHint)}
      </div>
      <ChoiceFields
        form={versioned.form}
        errors={versioned.errors}
        onChange={(field, value) => set(field)(value)}
      />
      {text('koladaKpi', strings.koladaKpi, strings.koladaHint)}
      <KoladaKpiSearch id="definition-kolada-search" onSelect={set('koladaKpi')} />
      <TextField
        id="definition-reason"
        label={strings.reason}
        value={reason}
        onChange={setReason}
      />
      <FormActions
        submitLabel={strings.save}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
        status={notice && strings[notice]}
      />
    </form>
  );
}
