import { useState, type SubmitEvent } from 'react';
import type { PeriodDetail } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextAreaField, TextField } from '../../../components/text-field';
import { useFormSubmit } from '../../../lib/form-submit';
import { useAddToStructure, type Addition } from '../api/add-to-structure';
import { strings } from '../strings';
import { ReasonField } from './reason-field';

// The forms that add to a period's structure. The server checks each field (its 400 goes beside
// the field), so the forms send what was written as it stands.

interface AddFormProps {
  period: PeriodDetail;
  onAdded: (message: string) => void;
}

/** Sends one addition; clears the form after it was added. */
function useAddition(periodId: number, onAdded: (message: string) => void) {
  const add = useAddToStructure(periodId);
  const submit = useFormSubmit();
  const [reason, setReason] = useState('');
  const sendAddition = (addition: Addition, name: string, reset: () => void) => {
    const why = reason.trim() || undefined;
    void submit.send(() => add.mutateAsync({ addition, reason: why }), {
      onSuccess: () => {
        reset();
        setReason('');
        onAdded(strings.added(name));
      },
    });
  };
  /** The form's "varför" field, last before its button. */
  const reasonField = (id: string) => (
    <ReasonField id={id} value={reason} onChange={setReason} error={submit.errors.reason} />
  );
  return { ...submit, sendAddition, reasonField };
}

export function AddAreaForm({ period, onAdded }: AddFormProps) {
  const { formRef, errors, pending, failure, sendAddition, reasonField } = useAddition(
    period.id,
    onAdded,
  );
  const [name, setName] = useState('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    sendAddition({ kind: 'areas', body: { name } }, name, () => setName(''));
  };
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="add-area">
      <h3 id="add-area">{strings.addArea}</h3>
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id="area-name"
        label={strings.areaName}
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="off"
      />
      {reasonField('area-reason')}
      <FormActions submitLabel={strings.add} pending={pending} />
    </form>
  );
}

export function AddGoalForm({ period, onAdded }: AddFormProps) {
  const { formRef, errors, pending, failure, sendAddition, reasonField } = useAddition(
    period.id,
    onAdded,
  );
  const [form, setForm] = useState({ areaId: '', name: '', description: '' });
  const areaId = form.areaId || String(period.areas[0]?.id ?? '');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = { areaId: Number(areaId), name: form.name, description: form.description };
    sendAddition({ kind: 'goals', body }, form.name, () =>
      setForm({ areaId, name: '', description: '' }),
    );
  };
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="add-goal">
      <h3 id="add-goal">{strings.addGoal}</h3>
      {failure && <ErrorAlert message={failure.message} />}
      {period.areas.length === 0 ? (
        <p>{strings.chooseFirst}</p>
      ) : (
        <>
          <SelectField
            id="goal-area"
            label={strings.area}
            value={areaId}
            onChange={(value) => setForm({ ...form, areaId: value })}
            options={period.areas.map((area) => ({ value: String(area.id), label: area.name }))}
            error={errors.areaId}
          />
          <TextField
            id="goal-name"
            label={strings.goalName}
            value={form.name}
            onChange={(name) => setForm({ ...form, name })}
            error={errors.name}
            autoComplete="off"
          />
          <TextAreaField
            id="goal-description"
            label={strings.description}
            hint={strings.descriptionHint}
            value={form.description}
            onChange={(description) => setForm({ ...form, description })}
            error={errors.description}
          />
          {reasonField('goal-reason')}
          <FormActions submitLabel={strings.add} pending={pending} />
        </>
      )}
    </form>
  );
}

const EMPTY_MEASURE = { name: '', statement: '', unit: '', direction: 'up', decimals: '0' };

export function AddMeasureForm({ period, onAdded }: AddFormProps) {
  const { formRef, errors, pending, failure, sendAddition, reasonField } = useAddition(
    period.id,
    onAdded,
  );
  const goals = period.areas.flatMap((area) => area.goals);
  const [goalChoice, setGoalChoice] = useState('');
  const [form, setForm] = useState(EMPTY_MEASURE);
  const goalId = goalChoice || String(goals[0]?.id ?? '');
  const set = (change: Partial<typeof form>) => setForm((previous) => ({ ...previous, ...change }));
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = {
      ...form,
      goalId: Number(goalId),
      direction: form.direction as 'up' | 'down',
      decimals: Number(form.decimals),
    };
    sendAddition({ kind: 'measures', body }, form.name, () => setForm(EMPTY_MEASURE));
  };
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="add-measure">
      <h3 id="add-measure">{strings.addMeasure}</h3>
      {failure && <ErrorAlert message={failure.message} />}
      {goals.length === 0 ? (
        <p>{strings.chooseGoalFirst}</p>
      ) : (
        <>
          <SelectField
            id="measure-goal"
            label={strings.goal}
            value={goalId}
            onChange={setGoalChoice}
            options={goals.map((goal) => ({ value: String(goal.id), label: goal.name }))}
            error={errors.goalId}
          />
          <TextField
            id="measure-name"
            label={strings.measureName}
            value={form.name}
            onChange={(name) => set({ name })}
            error={errors.name}
            autoComplete="off"
          />
          <TextField
            id="measure-statement"
            label={strings.statement}
            value={form.statement}
            onChange={(statement) => set({ statement })}
            error={errors.statement}
            autoComplete="off"
          />
          <TextField
            id="measure-unit"
            label={strings.unit}
            hint={strings.unitHint}
            value={form.unit}
            onChange={(unit) => set({ unit })}
            error={errors.unit}
            autoComplete="off"
          />
          <SelectField
            id="measure-direction"
            label={strings.direction}
            value={form.direction}
            onChange={(direction) => set({ direction })}
            options={[
              { value: 'up', label: strings.up },
              { value: 'down', label: strings.down },
            ]}
            error={errors.direction}
          />
          <SelectField
            id="measure-decimals"
            label={strings.decimals}
            value={form.decimals}
            onChange={(decimals) => set({ decimals })}
            options={['0', '1', '2', '3', '4'].map((value) => ({ value, label: value }))}
            error={errors.decimals}
          />
          {reasonField('measure-reason')}
          <FormActions submitLabel={strings.add} pending={pending} />
        </>
      )}
    </form>
  );
}
