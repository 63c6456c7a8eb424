import { z } from 'zod';
import type { CompletenessState } from './schemas/completeness';
import type { Deadline } from './schemas/deadline';
import {
  ACTIVITY_STATUS_LABELS,
  ActivityStatusSchema,
  type ActivityStatus,
} from './schemas/activity-plan';

// "Ej uppföljd" (issue 15.3): an activity of a year whose helår follow-up deadline has passed
// without any follow-up is not "Planerad" – nobody said what happened to it. Stored statuses are
// never rewritten: this is how an activity is shown, computed from the day it is read.

export const ActivityDisplayStatusSchema = z.enum([
  ...ActivityStatusSchema.options,
  'not_followed_up',
]);
export type ActivityDisplayStatus = z.infer<typeof ActivityDisplayStatusSchema>;

export const ACTIVITY_DISPLAY_STATUS_LABELS: Record<ActivityDisplayStatus, string> = {
  ...ACTIVITY_STATUS_LABELS,
  not_followed_up: 'Ej uppföljd',
};

/**
 * The follow-up states a reader filters the public lists by, in this order: as shown, so
 * "Planerad" no longer holds what has become "Ej uppföljd".
 */
export const ACTIVITY_STATUS_FILTERS: readonly {
  value: ActivityDisplayStatus;
  label: string;
  matches: (activity: { displayStatus: ActivityDisplayStatus }) => boolean;
}[] = ActivityDisplayStatusSchema.options.map((status) => ({
  value: status,
  label: ACTIVITY_DISPLAY_STATUS_LABELS[status],
  matches: (activity) => activity.displayStatus === status,
}));

/**
 * How an activity's follow-up is shown on `today` (ÅÅÅÅ-MM-DD): its latest follow-up's status;
 * without one, "Ej uppföljd" once the day after the deadline has come, else "Planerad". Without a
 * deadline nothing changes. The deadline's own day still counts as in time.
 */
export function activityDisplayStatus(
  today: string,
  deadline: string | null,
  latestFollowUp: { status: ActivityStatus } | null,
): ActivityDisplayStatus {
  if (latestFollowUp) return latestFollowUp.status;
  return deadline !== null && today > deadline ? 'not_followed_up' : 'planned';
}

/** The calendar day in Sweden (ÅÅÅÅ-MM-DD) at an instant: deadlines are Swedish days. */
export function swedishDay(now: Date): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

/** The ISO day `days` after (or, negative, before) an ISO day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * "Nästa uppföljning": the first outcome milestone (delår or helår) due on or after `today`, or
 * null when the calendar has none.
 */
export function nextFollowUp(deadlines: readonly Deadline[], today: string): Deadline | null {
  const upcoming = deadlines
    .filter((d) => d.kind === 'interim_outcomes' || d.kind === 'annual_outcomes')
    .filter((d): d is Deadline & { dueDate: string } => d.dueDate !== null && d.dueDate >= today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return upcoming[0] ?? null;
}

/** Whether something due by `dueDate` is done, due, late or missing a date, on `today`. */
export function completenessState(
  today: string,
  dueDate: string | null,
  done: boolean,
): CompletenessState {
  if (done) return 'done';
  if (dueDate === null) return 'missing';
  return today > dueDate ? 'late' : 'due';
}
