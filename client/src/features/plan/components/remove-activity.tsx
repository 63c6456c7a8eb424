import type { Activity } from '@malbild/shared';
import { conflictingActivity } from '../api/conflict';
import { useRemoveActivity } from '../api/remove-activity';
import { strings } from '../strings';
import { ActivityConflict } from './activity-conflict';

interface RemoveActivityProps {
  activity: Activity;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Asks before an activity leaves the plan; if it changed meanwhile, shows how first. */
export function RemoveActivity({ activity, onDone, onCancel }: RemoveActivityProps) {
  const remove = useRemoveActivity(activity.id);
  const conflict = conflictingActivity(remove.error);
  const send = (version: number) =>
    remove.mutate(version, { onSuccess: () => onDone(strings.removed) });
  return (
    <div className="plan-form">
      <p>{strings.removeQuestion}</p>
      <p className="plan-form__subject">{activity.text}</p>
      {conflict ? (
        <ActivityConflict
          current={conflict}
          fields={[{ label: strings.text, value: conflict.text }]}
          reapplyLabel={strings.removeAgain}
          onReapply={() => send(conflict.version)}
          onCancel={onCancel}
        />
      ) : (
        <>
          {remove.isError && (
            <p className="error-box" role="alert">
              {remove.error.message}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => send(activity.version)}
            >
              {strings.removeConfirm}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {strings.cancel}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
