import type { StructureHistoryEntry, User } from '@malbild/shared';
import type { Db } from './connection';
import { displayNameOf } from './people';

type Subject = StructureHistoryEntry['subject'];
type Action = StructureHistoryEntry['action'];

type HistoryRow = Omit<StructureHistoryEntry, 'oldState' | 'newState'> & {
  oldState: string | null;
  newState: string | null;
};

// The history of a period's structure: every period, area, goal and measure added, changed,
// moved, retired or removed, with who, when, old → new and why. Append-only (the table says so).
export function createStructureHistory(db: Db) {
  const insert = db.prepare(
    `INSERT INTO structure_history
       (period_id, subject, subject_id, action, old_state, new_state, changed_by, reason)
     VALUES (:periodId, :subject, :subjectId, :action, :oldState, :newState, :changedBy, :reason)`,
  );
  const list = db.prepare<[number], HistoryRow>(
    `SELECT subject, subject_id AS subjectId, action, old_state AS oldState, new_state AS newState,
       ${displayNameOf('changed_by')} AS changedBy, changed_at AS changedAt, reason
     FROM structure_history WHERE period_id = ? ORDER BY id DESC`,
  );
  const parse = (json: string | null) =>
    json === null ? null : (JSON.parse(json) as Record<string, unknown>);

  return {
    /** Call inside the change's transaction. */
    record(
      change: { periodId: number; subject: Subject; subjectId: number; action: Action },
      oldState: object | null,
      newState: object | null,
      user: User,
      reason: string | undefined,
    ): void {
      insert.run({
        ...change,
        oldState: oldState && JSON.stringify(oldState),
        newState: newState && JSON.stringify(newState),
        changedBy: user.username,
        reason: reason ?? null,
      });
    },
    list: (periodId: number): StructureHistoryEntry[] =>
      list.all(periodId).map((row) => ({
        ...row,
        oldState: parse(row.oldState),
        newState: parse(row.newState),
      })),
  };
}
export type StructureHistory = ReturnType<typeof createStructureHistory>;

/** The fields of `next` that differ from `stored`, as old and new states for the history. */
export function changedFields<T extends object>(
  stored: T,
  next: Partial<T>,
): { old: Partial<T>; new: Partial<T> } | null {
  const keys = (Object.keys(next) as (keyof T)[]).filter(
    (key) => next[key] !== undefined && JSON.stringify(next[key]) !== JSON.stringify(stored[key]),
  );
  if (keys.length === 0) return null;
  return {
    old: Object.fromEntries(keys.map((key) => [key, stored[key]])) as Partial<T>,
    new: Object.fromEntries(keys.map((key) => [key, next[key]])) as Partial<T>,
  };
}
