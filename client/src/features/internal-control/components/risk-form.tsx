import { useState, type SubmitEvent } from 'react';
import { RISK_SCALE, RiskCreateSchema, riskScore, type Unit } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useCreateRisk } from '../api/create-risk';
import { strings } from '../strings';

const KONCERN_LEVEL = '';
const EMPTY = {
  level: KONCERN_LEVEL,
  text: '',
  process: '',
  regulation: '',
  period: '',
  method: '',
  sannolikhet: 1,
  konsekvens: 1,
  controlPoint: false,
};
const TEXTS = ['process', 'regulation', 'period', 'method'] as const;
const orNull = (text: string) => (text.trim() === '' ? null : text);

/**
 * A new risk in the year's analysis, at a level the user keeps (the koncern's for controllers,
 * their own units'); riskpoäng is shown as it is computed, never typed.
 */
export function RiskForm({
  year,
  levels,
  onAdded,
}: {
  year: number;
  /** null: the kommunkoncern. */
  levels: readonly (Unit | null)[];
  onAdded: () => void;
}) {
  const create = useCreateRisk();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [form, setForm] = useState({ ...EMPTY, level: levels[0]?.code ?? KONCERN_LEVEL });
  const set = (change: Partial<typeof EMPTY>) =>
    setForm((previous) => ({ ...previous, ...change }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = RiskCreateSchema.safeParse({
      ...form,
      year,
      unit: form.level === KONCERN_LEVEL ? null : form.level,
      process: orNull(form.process),
      regulation: orNull(form.regulation),
      period: orNull(form.period),
      method: orNull(form.method),
    });
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void send(() => create.mutateAsync(parsed.data), {
      onSuccess: () => {
        setForm({ ...EMPTY, level: form.level });
        onAdded();
      },
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure && <ErrorAlert message={failure.message} />}
      <div className="form-field">
        <label htmlFor="risk-level">{strings.level}</label>
        <select id="risk-level" value={form.level} onChange={(e) => set({ level: e.target.value })}>
          {levels.map((unit) => (
            <option key={unit?.code ?? KONCERN_LEVEL} value={unit?.code ?? KONCERN_LEVEL}>
              {unit ? `${unit.name} (${unit.code})` : strings.koncern}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        id="risk-text"
        label={strings.riskText}
        value={form.text}
        onChange={(text) => set({ text })}
        error={errors.text}
      />
      {TEXTS.map((key) => (
        <TextField
          key={key}
          id={`risk-${key}`}
          label={strings.riskFields[key]}
          value={form[key]}
          onChange={(value) => set({ [key]: value })}
          error={errors[key]}
        />
      ))}
      {(['sannolikhet', 'konsekvens'] as const).map((key) => (
        <div key={key} className="form-field">
          <label htmlFor={`risk-${key}`}>{strings.scaleLabel(key)}</label>
          <select
            id={`risk-${key}`}
            value={form[key]}
            onChange={(e) => set({ [key]: Number(e.target.value) })}
          >
            {RISK_SCALE.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ))}
      <p aria-live="polite">{strings.riskScore(riskScore(form.sannolikhet, form.konsekvens))}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.controlPoint}
          onChange={(e) => set({ controlPoint: e.target.checked })}
        />
        {strings.becomesControlPoint}
      </label>
      <FormActions submitLabel={strings.addRisk} pending={pending} />
    </form>
  );
}
