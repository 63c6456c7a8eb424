import { useEffect, useRef } from 'react';
import type { Activity } from '@malbild/shared';
import { ActivityStatusBadge } from '../../../components/activity-status';
import { strings } from '../strings';

interface ActivityConflictProps {
  /** The activity as someone else saved it meanwhile. */
  current: Activity;
  /** What the user's change would be: the fields to show, labelled, with the saved values. */
  fields?: readonly { label: string; value: string }[];
  /** The way on that keeps the user's change, e.g. "Behåll mina ändringar". */
  reapplyLabel: string;
  onReapply: () => void;
  onTakeCurrent?: () => void;
  onCancel?: () => void;
}

/** A 409: the saved version and the user's ways on. Focused so it is read at once. */
export function ActivityConflict(props: ActivityConflictProps) {
  const { current, fields = [], reapplyLabel, onReapply, onTakeCurrent, onCancel } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} className="error-box plan-conflict" tabIndex={-1} role="alert">
      <p>
        <strong>{strings.conflictTitle(current.updatedBy)}</strong>
      </p>
      <p>{strings.conflictIntro}</p>
      <dl className="plan-conflict__fields">
        {fields.map(({ label, value }) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '–'}</dd>
          </div>
        ))}
        <div>
          <dt>{strings.conflictStatus}</dt>
          <dd>
            <ActivityStatusBadge status={current.status} />
          </dd>
        </div>
      </dl>
      <div className="form-actions">
        <button type="button" className="button" onClick={onReapply}>
          {reapplyLabel}
        </button>
        {onTakeCurrent && (
          <button type="button" className="button button--secondary" onClick={onTakeCurrent}>
            {strings.takeCurrent}
          </button>
        )}
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {strings.cancel}
          </button>
        )}
      </div>
    </div>
  );
}
