import type { SubmitEvent } from 'react';
import {
  ControlPointChangeSchema,
  ControlPointInputSchema,
  type ControlPlan,
  type ControlPoint,
  type Risk,
} from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { conflictingPoint, useSaveControlPoint } from '../api/write-plans';
import { strings } from '../strings';

// A kontrollpunkt of a draft plan with every column of the plan (17.2), linked to the risk of
// the same year's and level's analysis it comes from.

const TEXTS = ['regulation', 'period', 'method', 'responsible', 'timeEstimate'] as const;
const DATES = ['deadlineFollowUp', 'deadlineReport'] as const;
type Texts = Record<'text' | 'riskId' | (typeof TEXTS)[number] | (typeof DATES)[number], string>;

const formOf = (point: ControlPoint | null): Texts => ({
  text: point?.text ?? '',
  regulation: point?.regulation ?? '',
  period: point?.period ?? '',
  method: point?.method ?? '',
  responsible: point?.responsible ?? '',
  timeEstimate: point?.timeEstimate ?? '',
  deadlineFollowUp: point?.deadlineFollowUp ?? '',
  deadlineReport: point?.deadlineReport ?? '',
  riskId: point?.riskId === null || point === null ? '' : String(point.riskId),
});
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export const POINT_FIELDS: readonly ConflictField<ControlPoint>[] = [
  { label: strings.pointFields.text, text: (p) => p.text },
  ...[...TEXTS, ...DATES].map((key) => ({
    label: strings.pointFields[key],
    text: (p: ControlPoint) => p[key] ?? '',
  })),
];

interface ControlPointFormProps {
  plan: ControlPlan;
  /** The risks of the plan's year and level: what a kontrollpunkt may come from. */
  risks: readonly Risk[];
  /** null: a new kontrollpunkt, last in the plan. */
  stored: ControlPoint | null;
  onDone: (saved: ControlPoint) => void;
}

export function ControlPointForm({ plan, risks, stored, onDone }: ControlPointFormProps) {
  const save = useSaveControlPoint(plan.id, stored?.id ?? null);
  const { formRef, ...versioned } = useVersionedForm({
    stored,
    formOf,
    conflictOf: conflictingPoint,
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { form } = versioned;
    const input = {
      text: form.text,
      ...Object.fromEntries([...TEXTS, ...DATES].map((key) => [key, orNull(form[key])])),
      riskId: form.riskId === '' ? null : Number(form.riskId),
    };
    const checked =
      versioned.base === null
        ? ControlPointInputSchema.safeParse(input)
        : ControlPointChangeSchema.safeParse({ ...input, version: versioned.base.version });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(() => save.mutateAsync(checked.data), onDone);
  };
  const id = (name: string) => `point-${plan.id}-${stored?.id ?? 'new'}-${name}`;
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {versioned.conflict && (
        <ConflictBox {...versioned.conflict} subject={strings.pointSubject} fields={POINT_FIELDS} />
      )}
      {versioned.failure && <ErrorAlert message={versioned.failure.message} />}
      <TextAreaField
        id={id('text')}
        label={strings.pointFields.text}
        {...versioned.field('text')}
      />
      {TEXTS.map((key) => (
        <TextField
          key={key}
          id={id(key)}
          label={strings.pointFields[key]}
          autoComplete="off"
          {...versioned.field(key)}
        />
      ))}
      {DATES.map((key) => (
        <TextField
          key={key}
          id={id(key)}
          type="date"
          label={strings.pointFields[key]}
          {...versioned.field(key)}
        />
      ))}
      <SelectField
        id={id('risk')}
        label={strings.pointFields.riskId}
        hint={strings.pointRiskHint}
        {...versioned.field('riskId')}
        options={[
          { value: '', label: strings.noRisk },
          ...risks.map((risk) => ({
            value: String(risk.id),
            label: `${risk.position}. ${risk.text}`,
          })),
        ]}
      />
      <FormActions
        submitLabel={stored === null ? strings.addPoint : strings.savePoint}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
      />
    </form>
  );
}
