import { useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import {
  ACTIVITY_STATUS_LABELS,
  ActivityStatusSchema,
  FollowUpInputSchema,
  type Activity,
  type ActivityStatus,
} from '@malbild/shared';
import { ActivityStatusIcon } from '../../../components/activity-status';
import { FieldMessage } from '../../../components/field-message';
import { TextAreaField, TextField } from '../../../components/text-field';
import {
  apiFieldErrors,
  focusFirstInvalid,
  zodFieldErrors,
  type FieldErrors,
} from '../../../lib/field-errors';
import { conflictingActivity } from '../api/conflict';
import { useFollowUpActivity } from '../api/follow-up-activity';
import { strings } from '../strings';
import { ActivityConflict } from './activity-conflict';

interface FollowUpFormProps {
  activity: Activity;
  onDone: (message: string) => void;
}

/** Today in the user's time zone, as the date input writes it. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Sets the activity's status with a dated comment (uppföljning). */
export function FollowUpForm({ activity, onDone }: FollowUpFormProps) {
  const followUp = useFollowUpActivity(activity.id);
  const formElement = useRef<HTMLFormElement>(null);
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [comment, setComment] = useState('');
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const conflict = conflictingActivity(followUp.error);

  const showErrors = (next: FieldErrors) => {
    flushSync(() => setErrors(next));
    focusFirstInvalid(formElement.current);
  };
  const send = (version: number) => {
    const input = { status, comment, date, version };
    const checked = FollowUpInputSchema.safeParse(input);
    if (!checked.success) {
      showErrors(zodFieldErrors(checked.error));
      return;
    }
    setErrors({});
    followUp.mutate(input, {
      onSuccess: () => onDone(strings.followUpSaved),
      onError: (error) => showErrors(apiFieldErrors(error)),
    });
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    send(activity.version);
  };

  return (
    <form ref={formElement} className="form plan-form" noValidate onSubmit={submit}>
      <p className="plan-form__subject">{activity.text}</p>
      {conflict && (
        <ActivityConflict
          current={conflict}
          fields={[{ label: strings.text, value: conflict.text }]}
          reapplyLabel={strings.followUpAgain}
          onReapply={() => send(conflict.version)}
        />
      )}
      {followUp.isError && !conflict && Object.keys(errors).length === 0 && (
        <p className="error-box" role="alert">
          {followUp.error.message}
        </p>
      )}
      <fieldset
        className={errors.status ? 'form-fieldset form-fieldset--invalid' : 'form-fieldset'}
      >
        <legend>{strings.status}</legend>
        <FieldMessage id="follow-up-status" error={errors.status} />
        <div className="plan-form__statuses">
          {ActivityStatusSchema.options.map((option) => (
            <label key={option} className="checkbox plan-form__status-choice">
              <input
                type="radio"
                name="follow-up-status"
                value={option}
                checked={status === option}
                onChange={() => setStatus(option)}
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
        value={comment}
        onChange={setComment}
        error={errors.comment}
      />
      <TextField
        id="follow-up-date"
        type="date"
        label={strings.followUpDate}
        hint={strings.followUpDateHint}
        value={date}
        onChange={setDate}
        error={errors.date}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={followUp.isPending}>
          {followUp.isPending ? strings.saving : strings.followUpSave}
        </button>
      </div>
    </form>
  );
}
