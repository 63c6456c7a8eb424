import { useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import type { Activity } from '@malbild/shared';
import { describedBy } from '../../../components/field-message';
import { FormField, TextAreaField, TextField } from '../../../components/text-field';
import { apiFieldErrors, focusFirstInvalid, type FieldErrors } from '../../../lib/field-errors';
import { useUnsavedChangesWarning } from '../../../lib/unsaved-changes';
import { conflictingActivity } from '../api/conflict';
import { useCreateActivity } from '../api/create-activity';
import { useUpdateActivity } from '../api/update-activity';
import {
  blankForm,
  isEdited,
  toFields,
  toForm,
  userEdits,
  type ActivityForm as Form,
  type TextField as Field,
} from '../form-model';
import { strings } from '../strings';
import type { PlanOptions } from '../types';
import { ActivityConflict } from './activity-conflict';
import { UnitChoices } from './unit-choices';

interface ActivityFormProps extends Omit<PlanOptions, 'years'> {
  year: number;
  /** The plan's unit: responsible for a new activity unless the user chooses otherwise. */
  unit: string;
  /** The activity to change; null adds a new one. */
  activity: Activity | null;
  onDone: (message: string) => void;
}

/** Adds or changes an activity; a change is saved against the version it started from. */
export function ActivityForm({ year, unit, activity, measures, units, onDone }: ActivityFormProps) {
  const create = useCreateActivity();
  const update = useUpdateActivity(activity?.id ?? 0);
  const formElement = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(activity);
  const [form, setForm] = useState(() => (activity ? toForm(activity) : blankForm(unit)));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const pristine = base ? toForm(base) : blankForm(unit);
  const conflict = conflictingActivity(update.error);
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? (conflict ? null : update.error);
  useUnsavedChangesWarning(isEdited(form, pristine));

  const set =
    <Key extends keyof Form>(field: Key) =>
    (value: Form[Key]) => {
      setForm((previous) => ({ ...previous, [field]: value }));
      setNotice(null);
    };
  const showErrors = (next: FieldErrors) => {
    flushSync(() => setErrors(next));
    focusFirstInvalid(formElement.current);
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = toFields(form, base);
    if ('errors' in checked) {
      showErrors(checked.errors);
      return;
    }
    setErrors({});
    const onError = (error: unknown) => showErrors(apiFieldErrors(error));
    if (!base) {
      create.mutate(
        { ...checked.fields, year },
        { onSuccess: () => onDone(strings.added), onError },
      );
    } else if (!isEdited(form, pristine)) {
      onDone(strings.unchanged);
    } else {
      const change = { ...checked.fields, version: base.version, reason };
      update.mutate(change, { onSuccess: () => onDone(strings.saved), onError });
    }
  };

  const resolve = (current: Activity, next: Form, message: string | null) => {
    setBase(current);
    setForm(next);
    setNotice(message);
    update.reset();
  };

  const text = (field: Field, label: string, hint?: string) => (
    <TextField
      id={`activity-${field}`}
      label={label}
      hint={hint}
      value={form[field]}
      onChange={set(field)}
      error={errors[field]}
    />
  );
  const measureLabel = (number: number) =>
    `${number}. ${measures.find((m) => m.number === number)?.name ?? ''}`;

  return (
    <form ref={formElement} className="form plan-form" noValidate onSubmit={submit}>
      {conflict && (
        <ActivityConflict
          current={conflict}
          fields={[
            { label: strings.measure, value: measureLabel(conflict.measureNumber) },
            { label: strings.units, value: conflict.unitsRaw },
            { label: strings.verksamhet, value: conflict.verksamhet ?? '' },
            { label: strings.text, value: conflict.text },
            { label: strings.antal, value: [conflict.antal, conflict.countUnit].join(' ') },
            { label: strings.comment, value: conflict.comment ?? '' },
          ]}
          reapplyLabel={strings.reapply}
          onReapply={() =>
            resolve(
              conflict,
              { ...toForm(conflict), ...userEdits(form, pristine) },
              strings.reapplied,
            )
          }
          onTakeCurrent={() => resolve(conflict, toForm(conflict), null)}
        />
      )}
      {failure && Object.keys(errors).length === 0 && (
        <p className="error-box" role="alert">
          {failure.message}
        </p>
      )}
      <MeasureSelect
        value={form.measureNumber}
        onChange={set('measureNumber')}
        options={measures.map((m) => ({ value: String(m.number), label: measureLabel(m.number) }))}
        error={errors.measureNumber}
      />
      <UnitChoices units={units} value={form.units} onChange={set('units')} error={errors.units} />
      {text('verksamhet', strings.verksamhet, strings.verksamhetHint)}
      <TextAreaField
        id="activity-text"
        label={strings.text}
        hint={strings.textHint}
        value={form.text}
        onChange={set('text')}
        error={errors.text}
        rows={4}
      />
      <div className="plan-form__pair">
        {text('antal', strings.antal, strings.antalHint)}
        {text('countUnit', strings.countUnit, strings.countUnitHint)}
      </div>
      <TextAreaField
        id="activity-comment"
        label={strings.comment}
        value={form.comment}
        onChange={set('comment')}
        error={errors.comment}
      />
      {base && (
        <TextField
          id="activity-reason"
          label={strings.reason}
          hint={strings.reasonHint}
          value={reason}
          onChange={setReason}
          error={errors.reason}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? strings.saving : strings.save}
        </button>
        <p role="status" className="plan-form__status">
          {notice}
        </p>
      </div>
    </form>
  );
}

interface MeasureSelectProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error: string | undefined;
}

function MeasureSelect({ value, onChange, options, error }: MeasureSelectProps) {
  const id = 'activity-measureNumber';
  return (
    <FormField id={id} label={strings.measure} error={error}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error })}
      >
        <option value="">{strings.chooseMeasure}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}
