import { useState } from 'react';
import type { Activity } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { apiFieldErrors, type FieldErrors } from '../../../lib/field-errors';
import { useUnsavedChangesWarning } from '../../../lib/unsaved-changes';
import { useSaveShortcut } from '../../../lib/use-save-shortcut';
import { conflictingActivity } from '../api/conflict';
import { useFollowUpActivities } from '../api/follow-up-activities';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';
import { batchOf, draftOf, errorsPerRow, isChanged, type FollowUpDraft } from './follow-up-draft';
import { FollowUpRow } from './follow-up-row';
import { StatusMessage } from '../../../components/status-message';

interface FollowUpGridProps {
  activities: readonly Activity[];
  measures: readonly PlanMeasure[];
  caption: string;
}

interface Row {
  /** The version the draft is based on: the one loaded, or the one a conflict brought. */
  base: Activity;
  draft: FollowUpDraft;
}

const rowsOf = (activities: readonly Activity[]) =>
  new Map(activities.map((base) => [base.id, { base, draft: draftOf(base) }]));

/**
 * Every activity of a unit's year with its status, comment and date, as a grid: a row saved
 * alone or every changed row in one write (all or none). A stale row answers with the version
 * someone else saved, shown in a ConflictBox on that row (the one conflict path).
 */
export function FollowUpGrid({ activities, measures, caption }: FollowUpGridProps) {
  const save = useFollowUpActivities();
  const [rows, setRows] = useState(() => rowsOf(activities));
  const [conflicts, setConflicts] = useState(new Map<number, Activity>());
  const [errors, setErrors] = useState(new Map<number, FieldErrors>());
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const changed = [...rows.values()].filter((row) => isChanged(row.draft, row.base));
  useUnsavedChangesWarning(changed.length > 0);

  const update = (id: number, change: (row: Row) => Row) =>
    setRows((previous) => new Map(previous).set(id, change(previous.get(id)!)));
  const forget = <Value,>(map: Map<number, Value>, ids: readonly number[]) => {
    const next = new Map(map);
    for (const id of ids) next.delete(id);
    return next;
  };

  function send(toSave: readonly Row[]) {
    setMessage('');
    setFailure(null);
    if (toSave.length === 0) {
      setMessage(strings.followUpNothingChanged);
      return;
    }
    const { batch, errors: refused } = batchOf(toSave);
    if (!batch) {
      setErrors(refused);
      return;
    }
    const ids = toSave.map((row) => row.base.id);
    save.mutate(batch, {
      onSuccess: (saved) => {
        setRows((previous) => {
          const next = new Map(previous);
          for (const base of saved) next.set(base.id, { base, draft: draftOf(base) });
          return next;
        });
        setErrors((previous) => forget(previous, ids));
        setConflicts((previous) => forget(previous, ids));
        setMessage(strings.followUpSavedRows(saved.length));
      },
      onError: (error) => {
        const current = conflictingActivity(error);
        if (current) setConflicts((previous) => new Map(previous).set(current.id, current));
        else if (Object.keys(apiFieldErrors(error)).length > 0)
          setErrors(errorsPerRow(toSave, apiFieldErrors(error)));
        else setFailure(error.message);
      },
    });
  }
  useSaveShortcut(() => send(changed));

  /** Keep mine: my draft on their version. Take theirs: their version as it is. */
  const resolve = (current: Activity, keepMine: boolean) => {
    update(current.id, (row) => ({
      base: current,
      draft: keepMine ? row.draft : draftOf(current),
    }));
    setConflicts((previous) => forget(previous, [current.id]));
    document.getElementById(`follow-up-${current.id}-status`)?.focus();
  };

  return (
    <>
      <StatusMessage message={message} />
      {failure && <ErrorAlert message={failure} />}
      <div className="plan-table-wrap">
        <table className="data-table plan-table follow-up-grid">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.rowNumber}</th>
              <th scope="col">{strings.activity}</th>
              <th scope="col">{strings.status}</th>
              <th scope="col">{strings.followUpComment}</th>
              <th scope="col">{strings.followUpDate}</th>
              <th scope="col" className="plan-table__actions">
                {strings.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((activity, index) => {
              const row = rows.get(activity.id) ?? { base: activity, draft: draftOf(activity) };
              const current = conflicts.get(activity.id);
              return (
                <FollowUpRow
                  key={activity.id}
                  activity={row.base}
                  index={index}
                  draft={row.draft}
                  changed={isChanged(row.draft, row.base)}
                  errors={errors.get(activity.id)}
                  conflict={
                    current
                      ? {
                          base: row.base,
                          current,
                          onKeepMine: () => resolve(current, true),
                          onTakeTheirs: () => resolve(current, false),
                        }
                      : null
                  }
                  measures={measures}
                  pending={save.isPending}
                  onChange={(field, value) =>
                    update(activity.id, (r) => ({ ...r, draft: { ...r.draft, [field]: value } }))
                  }
                  onSave={() => send([row])}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={save.isPending}
          onClick={() => send(changed)}
        >
          {strings.followUpSaveAll(changed.length)}
        </button>
      </div>
    </>
  );
}
