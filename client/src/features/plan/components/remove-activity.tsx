import type { Activity } from '@malbild/shared';
import { ConflictBox } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { conflictingActivity } from '../api/conflict';
import { useRemoveActivity } from '../api/remove-activity';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';
import { activityFields } from './activity-fields';

interface RemoveActivityProps {
  activity: Activity;
  /** The period's measures, to name the one in a conflict. */
  measures: readonly PlanMeasure[];
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Asks before an activity leaves the plan; if it changed meanwhile, shows how first. */
export function RemoveActivity({ activity, measures, onDone, onCancel }: RemoveActivityProps) {
  const remove = useRemoveActivity(activity.id);
  const conflict = conflictingActivity(remove.error);
  const send = (version: number) =>
    remove.mutate(version, { onSuccess: () => onDone(strings.removed) });
  return (
    <div className="plan-form">
      <p>{strings.removeQuestion}</p>
      <p className="plan-form__subject">{activity.text}</p>
      {conflict ? (
        // Not a form with a draft: "keep mine" is removing the version as it is now.
        <ConflictBox
          base={activity}
          current={conflict}
          subject={strings.conflictSubject}
          notSaved={strings.removeNotDone}
          fields={activityFields(measures)}
          keepMineLabel={strings.removeAgain}
          onKeepMine={() => send(conflict.version)}
          takeTheirsLabel={strings.cancel}
          onTakeTheirs={onCancel}
        />
      ) : (
        <>
          {remove.isError && <ErrorAlert message={remove.error.message} />}
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
