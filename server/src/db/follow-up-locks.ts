import { httpErrors } from '@fastify/sensible';
import type { User } from '@malbild/shared';
import type { Db } from './connection';
import { displayNameOf } from './people';
import type { ReviewHistory } from './review-history';

// A year's follow-up closed by a controller (follow_up_locks): its analyses, judgements, units'
// reviews and activity follow-ups are refused until a controller reopens the year.

export interface YearLock {
  lockedAt: string;
  lockedBy: string | null;
}

export function createFollowUpLocks(db: Db, history: ReviewHistory) {
  const get = db.prepare<[number, number], YearLock>(
    `SELECT locked_at AS lockedAt, ${displayNameOf('locked_by')} AS lockedBy
     FROM follow_up_locks WHERE period_id = ? AND year = ?`,
  );
  const insert = db.prepare<[number, number, string]>(
    'INSERT OR IGNORE INTO follow_up_locks (period_id, year, locked_by) VALUES (?, ?, ?)',
  );
  const remove = db.prepare<[number, number]>(
    'DELETE FROM follow_up_locks WHERE period_id = ? AND year = ?',
  );

  const lock = (periodId: number, year: number): YearLock | null => get.get(periodId, year) ?? null;

  const setLocked = db.transaction(
    (periodId: number, year: number, locked: boolean, user: User): YearLock | null => {
      const changed = locked
        ? insert.run(periodId, year, user.username).changes
        : remove.run(periodId, year).changes;
      if (changed === 1) {
        const action = locked ? 'lock' : 'unlock';
        history.record(
          { kind: 'year', subjectId: periodId, year, action, fromState: null, toState: null },
          user,
        );
      }
      return lock(periodId, year);
    },
  );

  return {
    lock,
    /** Throws 403 when the year's follow-up is closed; call it inside the write's transaction. */
    expectOpen: (periodId: number, year: number): void => {
      if (get.get(periodId, year)) {
        throw httpErrors.forbidden(
          `Uppföljningen av ${year} är stängd. En controller kan öppna den igen.`,
        );
      }
    },
    setLocked: (periodId: number, year: number, locked: boolean, user: User) =>
      setLocked.immediate(periodId, year, locked, user),
  };
}
export type FollowUpLocks = ReturnType<typeof createFollowUpLocks>;
