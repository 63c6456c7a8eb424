import type { SubmitEvent } from 'react';
import {
  ACTIVITY_STATUS_LABELS,
  ActivityStatusSchema,
  FollowUpInputSchema,
  type Activity,
  type ActivityStatus,
} from '@malbild/shared';
import { ActivityStatusIcon } from '../../../components/activity-status';
import { ConflictBox } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FieldMessage } from '../../../components/field-message';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { conflictingActivity } from '../api/conflict';
import { useFollowUpActivity } from '../api/follow-up-activity';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';
import { activityFields } from './activity-fields';
import { today } from '../form-model';

interface FollowUpFormProps {
  activity: Activity;
  /** The period's measures, to name the one in a conflict. */
  measures: readonly PlanMeasure[];
  onDone: (message: string) => void;
}

interface FollowUpForm {
  status: ActivityStatus;
  comment: string;
  date: string;
}

const formOf = (activity: Activity): FollowUpForm => ({
  status: activity.status,
  comment: '',
  date: today(),
});

/** Sets the activity's status with a dated comment (uppföljning). */
export function FollowUpForm({ activity, measures, onDone }: FollowUpFormProps) {
  const followUp = useFollowUpActivity(activity.id);
  const { formRef, ...versioned } = useVersionedForm({
    stored: activity,
    formOf,
    conflictOf: conflictingActivity,
  });
  const { conflict, failure } = versioned;

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = FollowUpInputSchema.safeParse({
      ...versioned.form,
      version: versioned.base.version,
    });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(
      () => followUp.mutateAsync(checked.data),
      () => onDone(strings.followUpSaved),
    );
  };

  return (
    <form ref={formRef} className="form plan-form" noValidate onSubmit={submit}>
      <p className="plan-form__subject">{activity.text}</p>
      {conflict && (
        <ConflictBox
          {...conflict}
          subject={strings.conflictSubject}
          notSaved={strings.followUpNotSaved}
          fields={activityFields(measures)}
        />
      )}
      {failure && <ErrorAlert message={failure.message} />}
      <fieldset
        className={
          versioned.errors.status ? 'form-fieldset form-fieldset--invalid' : 'form-fieldset'
        }
      >
        <legend>{strings.status}</legend>
        <FieldMessage id="follow-up-status" error={versioned.errors.status} />
        <div className="plan-form__statuses">
          {ActivityStatusSchema.options.map((option) => (
            <label key={option} className="checkbox plan-form__status-choice">
              <input
                type="radio"
                name="follow-up-status"
                value={option}
                checked={versioned.form.status === option}
                onChange={() => versioned.setter('status')(option)}
              />
              <ActivityStatusIcon status={option} />
              {ACTIVITY_STATUS_LABELS[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        id="follow-up-comment"
        label={strings.followUpComment}
        hint={strings.followUpCommentHint}
        {...versioned.field('comment')}
      />
      <TextField
        id="follow-up-date"
        type="date"
        label={strings.followUpDate}
        hint={strings.followUpDateHint}
        {...versioned.field('date')}
      />
      <FormActions
        submitLabel={strings.followUpSave}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
      />
    </form>
  );
}
