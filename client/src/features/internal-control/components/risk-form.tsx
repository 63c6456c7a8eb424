import type { SubmitEvent } from 'react';
import {
  RISK_SCALE,
  RiskChangeSchema,
  RiskCreateSchema,
  riskScore,
  type Risk,
  type Unit,
} from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { useCreateRisk } from '../api/create-risk';
import { conflictingRisk, useChangeRisk } from '../api/write-plans';
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

const formOf = (risk: Risk | null, level: string) =>
  risk === null
    ? { ...EMPTY, level }
    : {
        level: risk.unit ?? KONCERN_LEVEL,
        text: risk.text,
        process: risk.process ?? '',
        regulation: risk.regulation ?? '',
        period: risk.period ?? '',
        method: risk.method ?? '',
        sannolikhet: risk.sannolikhet,
        konsekvens: risk.konsekvens,
        controlPoint: risk.controlPoint,
      };

export const RISK_FIELDS: readonly ConflictField<Risk>[] = [
  { label: strings.riskText, text: (r) => r.text },
  ...TEXTS.map((key) => ({ label: strings.riskFields[key], text: (r: Risk) => r[key] ?? '' })),
  { label: strings.scaleLabel('sannolikhet'), text: (r) => String(r.sannolikhet) },
  { label: strings.scaleLabel('konsekvens'), text: (r) => String(r.konsekvens) },
  {
    label: strings.becomesControlPoint,
    text: (r) => (r.controlPoint ? strings.yes : strings.no),
  },
];

/**
 * A risk of the year's analysis, new (at a level the user keeps: the koncern's for controllers,
 * their own units') or changed at its version; riskpoäng is shown as it is computed, never typed.
 */
export function RiskForm({
  year,
  levels,
  stored = null,
  onAdded,
}: {
  year: number;
  /** null: the kommunkoncern. */
  levels: readonly (Unit | null)[];
  /** The risk to change; without it, a new one. */
  stored?: Risk | null;
  onAdded: () => void;
}) {
  const create = useCreateRisk();
  const change = useChangeRisk(stored?.id ?? 0);
  const firstLevel = levels[0]?.code ?? KONCERN_LEVEL;
  const { formRef, ...versioned } = useVersionedForm({
    stored,
    formOf: (risk: Risk | null) => formOf(risk, firstLevel),
    conflictOf: conflictingRisk,
  });
  const { form, errors, pending, failure } = versioned;
  const set = versioned.set;
  const prefix = `risk-${stored?.id ?? 'new'}`;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const fields = {
      ...form,
      process: orNull(form.process),
      regulation: orNull(form.regulation),
      period: orNull(form.period),
      method: orNull(form.method),
    };
    if (versioned.base === null) {
      const parsed = RiskCreateSchema.safeParse({
        ...fields,
        year,
        unit: form.level === KONCERN_LEVEL ? null : form.level,
      });
      if (!parsed.success) {
        versioned.showErrors(zodFieldErrors(parsed.error));
        return;
      }
      void versioned.save(() => create.mutateAsync(parsed.data), onAdded);
      return;
    }
    const parsed = RiskChangeSchema.safeParse({ ...fields, version: versioned.base.version });
    if (!parsed.success) {
      versioned.showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void versioned.save(() => change.mutateAsync(parsed.data), onAdded);
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {versioned.conflict && (
        <ConflictBox {...versioned.conflict} subject={strings.riskSubject} fields={RISK_FIELDS} />
      )}
      {failure && <ErrorAlert message={failure.message} />}
      {stored === null && (
        <div className="form-field">
          <label htmlFor={`${prefix}-level`}>{strings.level}</label>
          <select
            id={`${prefix}-level`}
            value={form.level}
            onChange={(e) => set({ level: e.target.value })}
          >
            {levels.map((unit) => (
              <option key={unit?.code ?? KONCERN_LEVEL} value={unit?.code ?? KONCERN_LEVEL}>
                {unit ? `${unit.name} (${unit.code})` : strings.koncern}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextAreaField
        id={`${prefix}-text`}
        label={strings.riskText}
        value={form.text}
        onChange={(text) => set({ text })}
        error={errors.text}
      />
      {TEXTS.map((key) => (
        <TextField
          key={key}
          id={`${prefix}-${key}`}
          label={strings.riskFields[key]}
          value={form[key]}
          onChange={(value) => set({ [key]: value })}
          error={errors[key]}
        />
      ))}
      {(['sannolikhet', 'konsekvens'] as const).map((key) => (
        <div key={key} className="form-field">
          <label htmlFor={`${prefix}-${key}`}>{strings.scaleLabel(key)}</label>
          <select
            id={`${prefix}-${key}`}
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
      <FormActions
        submitLabel={stored === null ? strings.addRisk : strings.saveRisk}
        pending={pending}
        reapplied={stored === null ? undefined : versioned.reapplied}
      />
    </form>
  );
}
