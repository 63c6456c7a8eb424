import { useState, type SubmitEvent } from 'react';
import { unitActiveIn, type Activity } from '@malbild/shared';
import { ConflictBox } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextAreaField, TextField } from '../../../components/text-field';
import { useVersionedForm } from '../../../lib/versioned-form';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { conflictingActivity } from '../api/conflict';
import { useCreateActivity } from '../api/create-activity';
import { useUpdateActivity } from '../api/update-activity';
import { blankForm, toFields, toForm, type TextField as Field } from '../form-model';
import { strings } from '../strings';
import type { PlanOptions } from '../types';
import { activityFields, measureLabel } from './activity-fields';
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
  const { formRef, ...versioned } = useVersionedForm({
    stored: activity,
    formOf: (stored) => (stored ? toForm(stored) : blankForm(unit)),
    conflictOf: conflictingActivity,
  });
  const { base, form, errors, conflict, failure, setter } = versioned;
  const create = useCreateActivity(useShownPeriodId());
  const update = useUpdateActivity(base?.id ?? 0);
  const [reason, setReason] = useState('');

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = toFields(form, base);
    if ('errors' in checked) {
      versioned.showErrors(checked.errors);
      return;
    }
    if (!base) {
      const input = { ...checked.fields, year };
      void versioned.save(
        () => create.mutateAsync(input),
        () => onDone(strings.added),
      );
      return;
    }
    if (!versioned.edited) {
      onDone(strings.unchanged);
      return;
    }
    const change = { ...checked.fields, version: base.version, reason };
    void versioned.save(
      () => update.mutateAsync(change),
      () => onDone(strings.saved),
    );
  };

  const text = (field: Field, label: string, hint?: string) => (
    <TextField id={`activity-${field}`} label={label} hint={hint} {...versioned.field(field)} />
  );

  return (
    <form ref={formRef} className="form plan-form" noValidate onSubmit={submit}>
      {conflict && (
        <ConflictBox
          {...conflict}
          subject={strings.conflictSubject}
          fields={activityFields(measures)}
        />
      )}
      {failure && <ErrorAlert message={failure.message} />}
      <SelectField
        id="activity-measureNumber"
        label={strings.measure}
        value={form.measureNumber}
        onChange={setter('measureNumber')}
        options={[
          { value: '', label: strings.chooseMeasure },
          ...measures.map((m) => ({
            value: String(m.number),
            label: measureLabel(measures, m.number),
          })),
        ]}
        error={errors.measureNumber}
      />
      <UnitChoices
        // Units active in the year (the API refuses others), and those the activity already has.
        units={units.filter(
          (u) => unitActiveIn(u, year) || activity?.units.includes(u.code) === true,
        )}
        value={form.units}
        onChange={setter('units')}
        error={errors.units}
      />
      {text('verksamhet', strings.verksamhet, strings.verksamhetHint)}
      <TextAreaField
        id="activity-text"
        label={strings.text}
        hint={strings.textHint}
        {...versioned.field('text')}
        rows={4}
      />
      <div className="plan-form__pair">
        {text('antal', strings.antal, strings.antalHint)}
        {text('countUnit', strings.countUnit, strings.countUnitHint)}
      </div>
      <TextAreaField
        id="activity-comment"
        label={strings.comment}
        {...versioned.field('comment')}
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
      <FormActions
        submitLabel={strings.save}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
      />
    </form>
  );
}
