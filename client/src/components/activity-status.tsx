import {
  ACTIVITY_DISPLAY_STATUS_LABELS,
  followUpSummary,
  type Activity,
  type ActivityDisplayStatus,
} from '@malbild/shared';
import { StatusIcon } from './status-icon';
import './activity-status.css';

// Ring, half, check, cross, arrow; an exclamation mark for "Ej uppföljd".
const MARKS: Record<ActivityDisplayStatus, string | null> = {
  planned: null,
  in_progress: 'M8 1.5a6.5 6.5 0 0 1 0 13z',
  done: 'M4.5 8.5l2.5 2.5 4.5-5',
  not_done: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  postponed: 'M4 8h7M8.5 5l3 3-3 3',
  not_followed_up: 'M8 4v5M8 11.5v0.5',
};

export function ActivityStatusIcon({ status }: { status: ActivityDisplayStatus }) {
  const className = `activity-status-icon activity-status-icon--${status}`;
  // Planned and in progress are rings (empty and half full); the rest are solid discs.
  return status === 'planned' || status === 'in_progress' ? (
    <StatusIcon className={className} disc="ring" fill={MARKS[status]} />
  ) : (
    <StatusIcon className={className} disc="filled" stroke={MARKS[status]} />
  );
}

/**
 * A follow-up status as icon and word, so it never rests on colour alone: the activity's
 * displayStatus, which says "Ej uppföljd" once its follow-up deadline passed without one.
 */
export function ActivityStatusBadge({ status }: { status: ActivityDisplayStatus }) {
  return (
    <span className={`activity-status activity-status--${status}`}>
      <ActivityStatusIcon status={status} />
      {ACTIVITY_DISPLAY_STATUS_LABELS[status]}
    </span>
  );
}

/** "4 av 11 genomförda", or that none is followed up yet, counted from the activities themselves. */
export function DoneShare({ activities }: { activities: Parameters<typeof followUpSummary>[0] }) {
  return <span className="done-share">{followUpSummary(activities)}</span>;
}

const DRAFT_TEXTS = {
  new: 'Utkast – ej publicerad',
  changed: 'Ändrad – ej publicerad',
  followUp: 'Uppföljningen ej publicerad',
};

/**
 * What of an activity the public does not see yet (decision 019), in words with a dashed
 * border like a draft analysis's state: shown to signed-in readers of the working copy.
 */
export function ActivityDraftNote({ draft }: { draft: Activity['draft'] }) {
  if (!draft) return null;
  const texts = [
    ...(draft.plan ? [DRAFT_TEXTS[draft.plan]] : []),
    ...(draft.followUp ? [DRAFT_TEXTS.followUp] : []),
  ];
  return (
    <span className="activity-draft">
      {texts.map((text) => (
        <span key={text} className="activity-draft__text">
          {text}
        </span>
      ))}
    </span>
  );
}
