import { useState, type SubmitEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PeriodDetail } from '@malbild/shared';
import { ConflictBox } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { KoladaKpiSearch } from '../../../components/kolada-kpi-search';
import { SelectField, TextField } from '../../../components/text-field';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';
import { useVersionedForm } from '../../../lib/versioned-form';
import type { StoredDefinition } from '../api/get-definition';
import { conflictingDefinition, useUpdateDefinition } from '../api/update-definition';
import { DEFINITION_FIELDS } from '../conflict-fields';
import { changeFrom, toForm, type Field } from '../form-model';
import { strings } from '../strings';
import { ChoiceFields } from './choice-fields';

type Notice = 'saved' | 'unchanged' | null;

interface DefinitionFormProps {
  stored: StoredDefinition;
  /** The measure's period, with the goals it may move to. */
  period: PeriodDetail;
  /** The period the address names (?period=), if not the current one. */
  shownPeriod: number | undefined;
  /** After a save that gave the measure another number (it moved to another goal). */
  onRenumbered: (number: number) => void;
}

/** Edits one measure's definition, and its goal, against the version it was loaded at. */
export function DefinitionForm({ stored, period, shownPeriod, onRenumbered }: DefinitionFormProps) {
  const update = useUpdateDefinition(period.id, stored.number, shownPeriod);
  const units = useQuery(getUnitsQueryOptions());
  const goals = period.areas.flatMap((area) => area.goals);
  const goalNow = goals.find((goal) => goal.measureNumbers.includes(stored.number))?.id;
  const [goalChoice, setGoalChoice] = useState('');
  const goalId = goalChoice || String(goalNow ?? '');
  const movedTo = goalId !== String(goalNow ?? '') ? Number(goalId) : undefined;
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
    const result = changeFrom(versioned.form, versioned.base, reason, movedTo);
    if ('errors' in result) {
      versioned.showErrors(result.errors);
      return;
    }
    versioned.showErrors({});
    if (!versioned.edited && movedTo === undefined) {
      setNotice('unchanged');
      return;
    }
    void versioned.save(
      () => update.mutateAsync(result.change),
      (saved) => {
        setReason('');
        setGoalChoice('');
        setNotice('saved');
        if (saved.number !== stored.number) onRenumbered(saved.number);
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
      <SelectField
        id="definition-responsibleUnit"
        label={strings.responsibleUnit}
        {...versioned.field('responsibleUnit')}
        onChange={set('responsibleUnit')}
        options={[
          { value: '', label: strings.noUnit },
          ...(units.data ?? [])
            .filter((unit) => unit.mergedInto === null || unit.code === stored.responsibleUnit)
            .map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` })),
        ]}
      />
      <SelectField
        id="definition-goal"
        label={strings.goal}
        hint={strings.goalHint}
        value={goalId}
        onChange={(value) => {
          setGoalChoice(value);
          setNotice(null);
        }}
        error={versioned.errors.goalId}
        options={goals.map((goal) => ({ value: String(goal.id), label: goal.name }))}
      />
      <TextField
        id="definition-reason"
        label={strings.reason}
        value={reason}
        onChange={setReason}
        error={versioned.errors.reason}
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
