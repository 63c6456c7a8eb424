import {
  DeadlineKindSchema,
  type Deadline,
  type DeadlineChange,
  type DeadlineHistoryEntry,
  type DeadlineKind,
  type Period,
  type User,
} from '@malbild/shared';
import { expectVersion } from './conflict';
import type { Db } from './connection';
import { displayNameOf } from './people';

// The calendar of a period (decision 018): one row per year and milestone once someone dated it.
// A write is one IMMEDIATE transaction: check the version the editor saw, write, keep the change
// in deadline_history.

type DeadlineRow = Deadline & { id: number };

const COLUMNS = `id, year, kind, due_date AS dueDate, version, updated_at AS updatedAt,
  ${displayNameOf('updated_by')} AS updatedBy`;

/** A milestone nobody has dated: version 0, so two first dates cannot both win. */
const undated = (year: number, kind: DeadlineKind): Deadline => ({
  year,
  kind,
  dueDate: null,
  version: 0,
  updatedAt: null,
  updatedBy: null,
});

const strip = ({ id: _id, ...deadline }: DeadlineRow): Deadline => deadline;

export function createDeadlineQueries(db: Db) {
  const ofPeriod = db.prepare<[number], DeadlineRow>(
    `SELECT ${COLUMNS} FROM deadlines WHERE period_id = ? ORDER BY year, kind`,
  );
  const one = db.prepare<{ periodId: number; year: number; kind: string }, DeadlineRow>(
    `SELECT ${COLUMNS} FROM deadlines WHERE period_id = :periodId AND year = :year AND kind = :kind`,
  );
  const insert = db.prepare<{
    periodId: number;
    year: number;
    kind: string;
    dueDate: string | null;
    user: string;
  }>(
    `INSERT INTO deadlines (period_id, year, kind, due_date, updated_by)
     VALUES (:periodId, :year, :kind, :dueDate, :user)`,
  );
  const update = db.prepare<{ id: number; dueDate: string | null; user: string }>(
    `UPDATE deadlines SET due_date = :dueDate, version = version + 1, updated_by = :user,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = :id`,
  );
  const addHistory = db.prepare<{
    deadlineId: number;
    oldDate: string | null;
    newDate: string | null;
    user: string;
  }>(
    `INSERT INTO deadline_history (deadline_id, old_date, new_date, changed_by)
     VALUES (:deadlineId, :oldDate, :newDate, :user)`,
  );
  const history = db.prepare<[number], DeadlineHistoryEntry>(
    `SELECT d.year, d.kind, h.old_date AS oldDate, h.new_date AS newDate,
       ${displayNameOf('h.changed_by')} AS changedBy, h.changed_at AS changedAt
     FROM deadline_history h JOIN deadlines d ON d.id = h.deadline_id
     WHERE d.period_id = ? ORDER BY h.id DESC`,
  );

  /** Every year of the period × every milestone, dated or not, in calendar order. */
  function calendar(period: Pick<Period, 'id' | 'startYear' | 'endYear'>): Deadline[] {
    const stored = new Map(ofPeriod.all(period.id).map((row) => [`${row.year}:${row.kind}`, row]));
    const all: Deadline[] = [];
    for (let year = period.startYear; year <= period.endYear; year++) {
      for (const kind of DeadlineKindSchema.options) {
        const row = stored.get(`${year}:${kind}`);
        all.push(row ? strip(row) : undated(year, kind));
      }
    }
    return all;
  }

  const change = db.transaction((periodId: number, edit: DeadlineChange, user: User): Deadline => {
    const key = { periodId, year: edit.year, kind: edit.kind };
    const stored = one.get(key);
    expectVersion('deadline', stored ? strip(stored) : undated(edit.year, edit.kind), edit.version);
    const username = user.username;
    if (stored) update.run({ id: stored.id, dueDate: edit.dueDate, user: username });
    else insert.run({ ...key, dueDate: edit.dueDate, user: username });
    const saved = one.get(key)!;
    addHistory.run({
      deadlineId: saved.id,
      oldDate: stored?.dueDate ?? null,
      newDate: saved.dueDate,
      user: username,
    });
    return strip(saved);
  });

  return {
    calendar,
    /** The dated milestones of one year of the period, by kind. */
    datesOf: (period: Pick<Period, 'id' | 'startYear' | 'endYear'>, year: number) =>
      new Map(
        calendar(period)
          .filter((d) => d.year === year && d.dueDate !== null)
          .map((d) => [d.kind, d.dueDate!]),
      ),
    /** IMMEDIATE: reads the version before writing; a stale one is a ConflictError (409). */
    change: (periodId: number, edit: DeadlineChange, user: User) =>
      change.immediate(periodId, edit, user),
    history: (periodId: number) => history.all(periodId),
  };
}
export type DeadlineQueries = ReturnType<typeof createDeadlineQueries>;
