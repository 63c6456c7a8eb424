import { useState, type SubmitEvent } from 'react';
import { ControlPlanCreateSchema, type ControlPlan, type Unit } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useCreatePlan } from '../api/write-plans';
import { strings } from '../strings';

const KONCERN_LEVEL = '';

/** A new year's plan, at a level the user keeps: the kommunövergripande one or a unit's. */
export function NewPlanForm({
  levels,
  year,
  onCreated,
}: {
  /** null: the kommunövergripande plan. */
  levels: readonly (Unit | null)[];
  year: number;
  onCreated: (plan: ControlPlan) => void;
}) {
  const create = useCreatePlan();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [form, setForm] = useState({
    year: String(year),
    level: levels[0]?.code ?? KONCERN_LEVEL,
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = ControlPlanCreateSchema.safeParse({
      year: Number(form.year) || undefined,
      unit: form.level === KONCERN_LEVEL ? null : form.level,
    });
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void send(() => create.mutateAsync(parsed.data), { onSuccess: onCreated });
  };
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="new-plan">
      <h2 id="new-plan">{strings.newPlanHeading}</h2>
      <p>{strings.newPlanIntro}</p>
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id="new-plan-year"
        label={strings.year}
        inputMode="numeric"
        autoComplete="off"
        value={form.year}
        onChange={(value) => setForm({ ...form, year: value })}
        error={errors.year}
      />
      <SelectField
        id="new-plan-level"
        label={strings.level}
        value={form.level}
        onChange={(level) => setForm({ ...form, level })}
        error={errors.unit}
        options={levels.map((unit) => ({
          value: unit?.code ?? KONCERN_LEVEL,
          label: unit ? `${unit.name} (${unit.code})` : strings.koncernPlanLevel,
        }))}
      />
      <FormActions submitLabel={strings.createPlan} pending={pending} />
    </form>
  );
}
