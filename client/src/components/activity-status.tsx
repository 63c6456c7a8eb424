import { ACTIVITY_STATUS_LABELS, followUpSummary, type ActivityStatus } from '@malbild/shared';
import { StatusIcon } from './status-icon';
import './activity-status.css';

// Ring, half, check, cross, arrow.
const MARKS: Record<ActivityStatus, string | null> = {
  planned: null,
  in_progress: 'M8 1.5a6.5 6.5 0 0 1 0 13z',
  done: 'M4.5 8.5l2.5 2.5 4.5-5',
  not_done: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  postponed: 'M4 8h7M8.5 5l3 3-3 3',
};

export function ActivityStatusIcon({ status }: { status: ActivityStatus }) {
  const className = `activity-status-icon activity-status-icon--${status}`;
  // Planned and in progress are rings (empty and half full); the rest are solid discs.
  return status === 'planned' || status === 'in_progress' ? (
    <StatusIcon className={className} disc="ring" fill={MARKS[status]} />
  ) : (
    <StatusIcon className={className} disc="filled" stroke={MARKS[status]} />
  );
}

/** A follow-up status as icon and word, so it never rests on colour alone. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  return (
    <span className={`activity-status activity-status--${status}`}>
      <ActivityStatusIcon status={status} />
      {ACTIVITY_STATUS_LABELS[status]}
    </span>
  );
}

/** "4 av 11 genomförda", or that none is followed up yet, counted from the activities themselves. */
export function DoneShare({ activities }: { activities: Parameters<typeof followUpSummary>[0] }) {
  return <span className="done-share">{followUpSummary(activities)}</span>;
}
