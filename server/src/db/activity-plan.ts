import type {
  Activity,
  ActivityFields,
  ActivityHistoryEntry,
  CopyForwardResult,
  FollowUpInputSchema,
  User,
} from '@malbild/shared';
import { parseAntal, unitsAsWritten } from '@malbild/shared';
import { httpErrors } from '@fastify/sensible';
import type { z } from 'zod';
import { SOURCES, type ActivityQueries, type ActivityView } from './activities';
import { expectVersion } from './conflict';
import type { Db } from './connection';
import { displayNameOf } from './people';
import type { ActivityPublishing } from './published-activities';
import type { UnitReviews } from './unit-reviews';

// Writes to the units' plans för målaktiviteter. Who may write is decided by the route before it
// calls a write here. Each write is one IMMEDIATE transaction that reads the activity, checks
// that the version the user edited is still current (else ConflictError), writes, and appends
// the change to activity_history – all or nothing. A change to a plan moves its units' plan
// reviews of the year back to draft (unit-reviews.ts), or is refused while one is under review.

export type NewActivity = ActivityFields & { year: number };
export type ActivityEdit = ActivityFields & { version: number; reason: string | null };
export type FollowUpFields = z.output<typeof FollowUpInputSchema>;

/** The 404 of an activity that does not exist (or was removed). */
export const missingActivity = (id: number) => httpErrors.notFound(`Målaktivitet ${id} finns inte`);

type HistoryAction = ActivityHistoryEntry['action'];
type HistoryState = ActivityHistoryEntry['newState'];
type HistoryRow = Omit<ActivityHistoryEntry, 'oldState' | 'newState'> & {
  oldState: string | null;
  newState: string | null;
};

/** What the history keeps of an activity: everything an editor can change. */
const contentOf = (a: Activity | (NewActivity & { unitsRaw: string })) => ({
  year: a.year,
  measureNumber: a.measureNumber,
  units: a.units,
  unitsRaw: a.unitsRaw,
  verksamhet: a.verksamhet,
  text: a.text,
  antal: a.antal,
  countUnit: a.countUnit,
  comment: a.comment,
});

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

function prepareStatements(db: Db) {
  return {
    measureId: db.prepare<[number, number], { id: number }>(
      'SELECT id FROM measures WHERE period_id = ? AND number = ?',
    ),
    nextPosition: db.prepare<[number, number], { position: number }>(
      `SELECT coalesce(max(position), 0) + 1 AS position FROM activities
       WHERE measure_id = ? AND year = ? AND deleted_at IS NULL`,
    ),
    insert: db.prepare(
      `INSERT INTO activities (measure_id, year, position, units_raw, verksamhet, text, antal,
         antal_min, antal_max, count_unit, comment, copied_from, updated_by)
       VALUES (:measureId, :year, :position, :unitsRaw, :verksamhet, :text, :antal, :antalMin,
         :antalMax, :countUnit, :comment, :copiedFrom, :user)`,
    ),
    update: db.prepare(
      `UPDATE activities SET measure_id = :measureId, position = :position, units_raw = :unitsRaw,
         verksamhet = :verksamhet, text = :text, antal = :antal, antal_min = :antalMin,
         antal_max = :antalMax, count_unit = :countUnit, comment = :comment,
         version = version + 1, updated_by = :user, updated_at = ${NOW}
       WHERE id = :id AND version = :version AND deleted_at IS NULL`,
    ),
    clearUnits: db.prepare<[number]>('DELETE FROM activity_units WHERE activity_id = ?'),
    addUnit: db.prepare<[number, string, number]>(
      'INSERT INTO activity_units (activity_id, unit_code, position) VALUES (?, ?, ?)',
    ),
    remove: db.prepare(
      `UPDATE activities SET deleted_at = ${NOW}, version = version + 1, updated_by = :user,
         updated_at = ${NOW}
       WHERE id = :id AND version = :version AND deleted_at IS NULL`,
    ),
    setStatus: db.prepare(
      `UPDATE activities SET status = :status, version = version + 1, updated_by = :user,
         updated_at = ${NOW}
       WHERE id = :id AND version = :version AND deleted_at IS NULL`,
    ),
    insertFollowUp: db.prepare(
      `INSERT INTO activity_follow_ups (activity_id, status, comment, dated, created_by)
       VALUES (:id, :status, :comment, :date, :user)`,
    ),
    insertHistory: db.prepare(
      `INSERT INTO activity_history (activity_id, action, old_state, new_state, changed_by, reason)
       VALUES (:activityId, :action, :oldState, :newState, :changedBy, :reason)`,
    ),
    // The published view keeps a change once a plan (a follow-up: its follow-up) of one of the
    // activity's units was published after it, or once nothing of the activity is a draft (a
    // merge of units changes the published copy too) (decision 019).
    history: db.prepare<{ id: number; working: number }, HistoryRow>(
      `SELECT action, old_state AS oldState, new_state AS newState,
         ${displayNameOf('changed_by')} AS changedBy, changed_at AS changedAt, reason
       FROM activity_history h WHERE activity_id = :id AND (:working OR changed_at <= (
         SELECT max(r.published_at) FROM activities a
           JOIN measures m ON m.id = a.measure_id
           JOIN activity_units au ON au.activity_id = a.id
           JOIN unit_reviews r ON r.period_id = m.period_id AND r.unit_code = au.unit_code
             AND r.year = a.year
             AND r.kind = CASE h.action WHEN 'status' THEN 'follow_up' ELSE 'plan' END
         WHERE a.id = h.activity_id) OR (
         SELECT a.deleted_at IS NULL AND CASE h.action
           WHEN 'status' THEN NOT (${SOURCES.working.draft.followUp})
           ELSE ${SOURCES.working.draft.plan} IS NULL END
         FROM activities a WHERE a.id = h.activity_id))
       ORDER BY id DESC`,
    ),
    withUnit: db.prepare<[string], number>(
      `SELECT a.id FROM activities a JOIN activity_units au ON au.activity_id = a.id
       WHERE au.unit_code = ? AND a.deleted_at IS NULL ORDER BY a.id`,
    ),
    setUnitsRaw: db.prepare(
      `UPDATE activities SET units_raw = :unitsRaw, version = version + 1, updated_by = :user,
         updated_at = ${NOW}
       WHERE id = :id`,
    ),
    everExisted: db.prepare<[number], { id: number }>('SELECT id FROM activities WHERE id = ?'),
    copiedInto: db.prepare<[number, number], { id: number }>(
      'SELECT id FROM activities WHERE copied_from = ? AND year = ? AND deleted_at IS NULL',
    ),
  };
}

export function createActivityPlanQueries(
  db: Db,
  activities: ActivityQueries,
  reviews: UnitReviews,
  publishing: ActivityPublishing,
) {
  const sql = prepareStatements(db);

  function record(
    activityId: number,
    action: HistoryAction,
    oldState: object | null,
    newState: object | null,
    user: User,
    reason: string | null = null,
  ) {
    sql.insertHistory.run({
      activityId,
      action,
      oldState: oldState && JSON.stringify(oldState),
      newState: newState && JSON.stringify(newState),
      changedBy: user.username,
      reason,
    });
  }

  function measureIdOf(periodId: number, number: number): number {
    const row = sql.measureId.get(periodId, number);
    // The route refuses unknown measures with a 400 before any write starts.
    if (!row) throw new Error(`Measure ${number} is not in period ${periodId}`);
    return row.id;
  }

  /** The columns an activity's fields are stored in; antal's bounds follow from its text. */
  function columnsOf(fields: ActivityFields) {
    const bounds = parseAntal(fields.antal);
    return {
      unitsRaw: fields.unitsRaw ?? unitsAsWritten(fields.units),
      verksamhet: fields.verksamhet,
      text: fields.text,
      antal: fields.antal,
      antalMin: bounds?.min ?? null,
      antalMax: bounds?.max ?? null,
      countUnit: fields.countUnit,
      comment: fields.comment,
    };
  }

  function replaceUnits(activityId: number, units: readonly string[]) {
    sql.clearUnits.run(activityId);
    units.forEach((code, index) => sql.addUnit.run(activityId, code, index + 1));
  }

  function insert(
    periodId: number,
    fields: NewActivity,
    user: User,
    copiedFrom: number | null,
  ): number {
    const measureId = measureIdOf(periodId, fields.measureNumber);
    const { position } = sql.nextPosition.get(measureId, fields.year)!;
    const columns = columnsOf(fields);
    const id = Number(
      sql.insert.run({
        ...columns,
        measureId,
        year: fields.year,
        position,
        copiedFrom,
        user: user.username,
      }).lastInsertRowid,
    );
    replaceUnits(id, fields.units);
    return id;
  }

  /**
   * The activity as stored, inside the write's transaction, if it is at the version the user
   * edited. The route has found it and checked its units a moment before, in the same tick;
   * only another process could have removed it since.
   */
  function currentAt(id: number, version: number): Activity {
    const current = activities.get(id, 'working');
    if (!current) throw missingActivity(id);
    expectVersion('activity', current, version);
    return current;
  }

  const create = db.transaction((periodId: number, fields: NewActivity, user: User): Activity => {
    const id = insert(periodId, fields, user, null);
    reviews.edited(id, 'plan', user, () => activities.get(id, 'working'));
    const activity = activities.get(id, 'working')!;
    record(id, 'created', null, contentOf(activity), user);
    return activity;
  });

  const change = db.transaction(
    (periodId: number, id: number, edit: ActivityEdit, user: User): Activity => {
      const stored = currentAt(id, edit.version);
      // A form that sends the written form back unchanged with other units would leave "SOU"
      // beside SOU and KSF: the written form then follows the new codes.
      const unitsChanged = stored.units.join() !== edit.units.join();
      const staleRaw = unitsChanged && edit.unitsRaw === stored.unitsRaw;
      const columns = columnsOf(staleRaw ? { ...edit, unitsRaw: null } : edit);
      const before = contentOf(stored);
      const after = contentOf({ ...edit, ...columns, year: stored.year });
      if (JSON.stringify(before) === JSON.stringify(after)) return stored;
      reviews.edited(id, 'plan', user, () => activities.get(id, 'working'));
      const measureId = measureIdOf(periodId, edit.measureNumber);
      // Moved to another measure: the activity goes last in that measure's table.
      const position =
        edit.measureNumber === stored.measureNumber
          ? stored.position
          : sql.nextPosition.get(measureId, stored.year)!.position;
      sql.update.run({
        ...columns,
        id,
        measureId,
        position,
        version: edit.version,
        user: user.username,
      });
      replaceUnits(id, edit.units);
      reviews.edited(id, 'plan', user, () => activities.get(id, 'working'));
      record(id, 'changed', before, after, user, edit.reason);
      return activities.get(id, 'working')!;
    },
  );

  const remove = db.transaction((id: number, version: number, user: User): void => {
    const stored = currentAt(id, version);
    reviews.edited(id, 'plan', user, () => activities.get(id, 'working'));
    sql.remove.run({ id, version, user: user.username });
    record(id, 'removed', contentOf(stored), null, user);
  });

  function writeFollowUp(id: number, input: FollowUpFields, user: User): Activity {
    const stored = currentAt(id, input.version);
    const { status, comment, date } = input;
    reviews.edited(id, 'follow_up', user, () => activities.get(id, 'working'));
    sql.setStatus.run({ id, status, version: input.version, user: user.username });
    sql.insertFollowUp.run({ id, status, comment, date, user: user.username });
    record(id, 'status', { status: stored.status }, { status, comment, date }, user);
    return activities.get(id, 'working')!;
  }
  const followUp = db.transaction(writeFollowUp);
  // Saved together, all or none: one stale row refuses the whole batch with that row's 409.
  const followUpMany = db.transaction(
    (inputs: readonly (FollowUpFields & { id: number })[], user: User): Activity[] =>
      inputs.map(({ id, ...input }) => writeFollowUp(id, input, user)),
  );

  /** Copies the sources (the route has checked that they are the user's to copy) into a year. */
  const copyForward = db.transaction(
    (
      periodId: number,
      sources: readonly Activity[],
      years: { fromYear: number; toYear: number },
      user: User,
    ): CopyForwardResult => {
      const result: CopyForwardResult = { created: [], skipped: [] };
      for (const source of sources) {
        if (sql.copiedInto.get(source.id, years.toYear)) {
          result.skipped.push(source.id);
          continue;
        }
        const fields = { ...source, year: years.toYear };
        const id = insert(periodId, fields, user, source.id);
        reviews.edited(id, 'plan', user, () => activities.get(id, 'working'));
        const state = { ...contentOf(activities.get(id, 'working')!), copiedFrom: source.id };
        record(id, 'created', null, state, user, `Kopierad från ${years.fromYear}`);
        result.created.push({ id, copiedFrom: source.id });
      }
      return result;
    },
  );

  /**
   * Moves every activity of unit `from` to unit `into` (two units merged), each change in the
   * activity's history. Runs inside the merge's transaction; returns the moved activities' ids.
   */
  function reassignUnit(from: string, into: string, user: User, reason: string): number[] {
    const ids = sql.withUnit.pluck().all(from);
    const unitsRawChanges: { id: number; before: string; after: string }[] = [];
    for (const id of ids) {
      const stored = activities.get(id, 'working')!;
      // An activity of both units keeps one row for the unit it now belongs to.
      const units = [...new Set(stored.units.map((code) => (code === from ? into : code)))];
      const unitsRaw = unitsAsWritten(units);
      sql.setUnitsRaw.run({ id, unitsRaw, user: user.username });
      unitsRawChanges.push({ id, before: stored.unitsRaw, after: unitsRaw });
      replaceUnits(id, units);
      record(
        id,
        'changed',
        contentOf(stored),
        contentOf({ ...stored, units, unitsRaw }),
        user,
        reason,
      );
    }
    publishing.mergeUnit(from, into, unitsRawChanges);
    return ids;
  }

  // IMMEDIATE: each write reads before it writes.
  return {
    reassignUnit,
    create: (periodId: number, fields: NewActivity, user: User) =>
      create.immediate(periodId, fields, user),
    change: (periodId: number, id: number, edit: ActivityEdit, user: User) =>
      change.immediate(periodId, id, edit, user),
    remove: (id: number, version: number, user: User) => remove.immediate(id, version, user),
    followUp: (id: number, input: FollowUpFields, user: User) =>
      followUp.immediate(id, input, user),
    followUpMany: (inputs: readonly (FollowUpFields & { id: number })[], user: User) =>
      followUpMany.immediate(inputs, user),
    copyForward: (
      periodId: number,
      sources: readonly Activity[],
      years: { fromYear: number; toYear: number },
      user: User,
    ) => copyForward.immediate(periodId, sources, years, user),
    /**
     * Every change, newest first (the public's: those published since); undefined for an id that
     * never was an activity.
     */
    history: (id: number, view: ActivityView): ActivityHistoryEntry[] | undefined => {
      if (!sql.everExisted.get(id)) return undefined;
      return sql.history.all({ id, working: view === 'working' ? 1 : 0 }).map((row) => ({
        ...row,
        oldState: row.oldState === null ? null : (JSON.parse(row.oldState) as HistoryState),
        newState: row.newState === null ? null : (JSON.parse(row.newState) as HistoryState),
      }));
    },
  };
}
export type ActivityPlanQueries = ReturnType<typeof createActivityPlanQueries>;
