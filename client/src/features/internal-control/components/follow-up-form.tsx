import type { SubmitEvent } from 'react';
import {
  CONTROL_ACTION_STATUS_LABELS,
  CONTROL_ASSESSMENT_LABELS,
  ControlActionStatusSchema,
  ControlAssessmentSchema,
  ControlFollowUpInputSchema,
  type ControlActionStatus,
  type ControlAssessment,
  type ControlFollowUp,
} from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FieldMessage } from '../../../components/field-message';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { conflictingFollowUp, useSaveFollowUp } from '../api/save-follow-up';
import { strings } from '../strings';

interface ActionDraft {
  text: string;
  owner: string;
  dueDate: string;
  status: ControlActionStatus;
}
interface FollowUpDraft {
  checked: string;
  how: string;
  sampleSize: string;
  findings: string;
  assessment: ControlAssessment | '';
  actions: ActionDraft[];
}

const formOf = (stored: ControlFollowUp | null): FollowUpDraft => ({
  checked: stored?.checked ?? '',
  how: stored?.how ?? '',
  sampleSize: stored?.sampleSize === null || !stored ? '' : String(stored.sampleSize),
  findings: stored?.findings ?? '',
  assessment: stored?.assessment ?? '',
  actions: stored?.actions.map(({ id: _, ...action }) => action) ?? [],
});

const FIELDS: ConflictField<ControlFollowUp>[] = [
  { label: strings.checked, text: (f) => f.checked },
  { label: strings.how, text: (f) => f.how },
  { label: strings.sampleSize, text: (f) => (f.sampleSize === null ? '' : String(f.sampleSize)) },
  { label: strings.findings, text: (f) => f.findings },
  { label: strings.assessment, text: (f) => CONTROL_ASSESSMENT_LABELS[f.assessment] },
  {
    label: strings.actions,
    text: (f) => f.actions.map((a) => `${a.text} (${a.owner}, ${a.dueDate})`).join('; '),
  },
];

const NEW_ACTION: ActionDraft = { text: '', owner: '', dueDate: '', status: 'planned' };

/** A unit's follow-up of one kontrollpunkt: what and how, findings, assessment, åtgärder. */
export function FollowUpForm({
  controlPointId,
  unit,
  followUp,
  onDone,
}: {
  controlPointId: number;
  unit: string;
  followUp: ControlFollowUp | null;
  onDone: () => void;
}) {
  const save = useSaveFollowUp(controlPointId, unit);
  const { formRef, ...versioned } = useVersionedForm({
    stored: followUp,
    formOf,
    conflictOf: conflictingFollowUp,
  });
  const { form, errors, conflict, failure } = versioned;
  const id = (name: string) => `follow-up-${controlPointId}-${name}`;
  const setAction = (index: number, change: Partial<ActionDraft>) =>
    versioned.set({
      actions: form.actions.map((a, i) => (i === index ? { ...a, ...change } : a)),
    });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const sampleSize = form.sampleSize.trim();
    const checked = ControlFollowUpInputSchema.safeParse({
      ...form,
      assessment: form.assessment === '' ? undefined : form.assessment,
      sampleSize: sampleSize === '' ? null : Number(sampleSize),
      version: versioned.base?.version ?? 0,
    });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(() => save.mutateAsync(checked.data), onDone);
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {conflict && (
        <ConflictBox
          {...conflict}
          subject={strings.conflictSubject}
          notSaved={strings.notSaved}
          fields={FIELDS}
        />
      )}
      {failure && <ErrorAlert message={failure.message} />}
      <TextAreaField id={id('checked')} label={strings.checked} {...versioned.field('checked')} />
      <TextField
        id={id('how')}
        label={strings.how}
        hint={strings.howHint}
        {...versioned.field('how')}
      />
      <TextField
        id={id('sampleSize')}
        label={strings.sampleSize}
        hint={strings.sampleSizeHint}
        inputMode="numeric"
        {...versioned.field('sampleSize')}
      />
      <TextAreaField
        id={id('findings')}
        label={strings.findings}
        {...versioned.field('findings')}
      />
      <fieldset
        className={errors.assessment ? 'form-fieldset form-fieldset--invalid' : 'form-fieldset'}
        aria-describedby={errors.assessment ? `${id('assessment')}-error` : undefined}
      >
        <legend>{strings.assessment}</legend>
        <FieldMessage id={id('assessment')} error={errors.assessment} />
        {ControlAssessmentSchema.options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="radio"
              name={id('assessment')}
              value={option}
              checked={form.assessment === option}
              onChange={() => versioned.set({ assessment: option })}
            />
            {CONTROL_ASSESSMENT_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <fieldset className="form-fieldset">
        <legend>{strings.actions}</legend>
        {form.actions.length === 0 && <p>{strings.noActions}</p>}
        {form.actions.map((action, index) => (
          <fieldset key={index} className="follow-up-action">
            <legend>{strings.actionHeading(index + 1)}</legend>
            <TextAreaField
              id={id(`action-${index}-text`)}
              label={strings.actionText}
              value={action.text}
              onChange={(text) => setAction(index, { text })}
              error={errors[`actions.${index}.text`]}
            />
            <TextField
              id={id(`action-${index}-owner`)}
              label={strings.actionOwner}
              value={action.owner}
              onChange={(owner) => setAction(index, { owner })}
              error={errors[`actions.${index}.owner`]}
            />
            <TextField
              id={id(`action-${index}-due`)}
              type="date"
              label={strings.actionDue}
              value={action.dueDate}
              onChange={(dueDate) => setAction(index, { dueDate })}
              error={errors[`actions.${index}.dueDate`]}
            />
            <div className="form-field">
              <label htmlFor={id(`action-${index}-status`)}>{strings.actionStatus}</label>
              <select
                id={id(`action-${index}-status`)}
                value={action.status}
                onChange={(event) =>
                  setAction(index, { status: ControlActionStatusSchema.parse(event.target.value) })
                }
              >
                {ControlActionStatusSchema.options.map((status) => (
                  <option key={status} value={status}>
                    {CONTROL_ACTION_STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => versioned.set({ actions: form.actions.filter((_, i) => i !== index) })}
            >
              {strings.removeAction(index + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => versioned.set({ actions: [...form.actions, NEW_ACTION] })}
        >
          {strings.addAction}
        </button>
      </fieldset>
      <FormActions
        submitLabel={strings.save}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
      />
    </form>
  );
}
