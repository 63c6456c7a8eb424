import type {
  Activity,
  ActivityFields,
  ActivityHistoryEntry,
  CopyForwardResult,
  FollowUpInputSchema,
  User,
} from '@malbild/shared';
import { parseAntal, unitsAsWritten } from '@malbild/shared';
import type { z } from 'zod';
import type { ActivityQueries } from './activities';
import type { Db } from './connection';

// Writes to the units' plans för målaktiviteter. Each write is one IMMEDIATE transaction that
// reads the activity, checks that the user may write it and that the version they edited is
// still current, writes, and appends the change to activity_history – all or nothing.

/** The API's rule for whether the user may write an activity with these responsible units. */
export type MayEdit = (unitCodes: readonly string[]) => boolean;

export type NewActivity = ActivityFields & { year: number };
export type ActivityEdit = ActivityFields & { version: number; reason: string | null };
export type FollowUpFields = z.output<typeof FollowUpInputSchema>;

export type WriteResult =
  | { result: 'saved'; activity: Activity }
  | { result: 'missing' }
  /** notYours: the activity is another unit's; mustIncludeOwn: the new units leave the user out. */
  | { result: 'forbidden'; reason: 'notYours' | 'mustIncludeOwn' }
  | { result: 'conflict'; current: Activity };

export type CopyResult =
  | ({ result: 'copied' } & CopyForwardResult)
  | { result: 'forbidden'; ids: number[] }
  | { result: 'invalid'; ids: number[] };

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
    history: db.prepare<[number], HistoryRow>(
      `SELECT action, old_state AS oldState, new_state AS newState, changed_by AS changedBy,
         changed_at AS changedAt, reason
       FROM activity_history WHERE activity_id = ? ORDER BY id DESC`,
    ),
    everExisted: db.prepare<[number], { id: number }>('SELECT id FROM activities WHERE id = ?'),
    copiedInto: db.prepare<[number, number], { id: number }>(
      'SELECT id FROM activities WHERE copied_from = ? AND year = ? AND deleted_at IS NULL',
    ),
  };
}

export function createActivityPlanQueries(db: Db, activities: ActivityQueries) {
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

  /** The stored activity when the user may write it at the version they edited. */
  function writable(
    id: number,
    version: number,
    mayEdit: MayEdit,
  ): Exclude<WriteResult, { result: 'saved' }> | { result: 'ok'; stored: Activity } {
    const stored = activities.get(id);
    if (!stored) return { result: 'missing' };
    if (!mayEdit(stored.units)) return { result: 'forbidden', reason: 'notYours' };
    if (stored.version !== version) return { result: 'conflict', current: stored };
    return { result: 'ok', stored };
  }

  const create = db.transaction(
    (periodId: number, fields: NewActivity, user: User, mayEdit: MayEdit): WriteResult => {
      if (!mayEdit(fields.units)) return { result: 'forbidden', reason: 'mustIncludeOwn' };
      const id = insert(periodId, fields, user, null);
      const activity = activities.get(id)!;
      record(id, 'created', null, contentOf(activity), user);
      return { result: 'saved', activity };
    },
  );

  const change = db.transaction(
    (
      periodId: number,
      id: number,
      edit: ActivityEdit,
      user: User,
      mayEdit: MayEdit,
    ): WriteResult => {
      const check = writable(id, edit.version, mayEdit);
      if (check.result !== 'ok') return check;
      if (!mayEdit(edit.units)) return { result: 'forbidden', reason: 'mustIncludeOwn' };
      const { stored } = check;
      // A form that sends the written form back unchanged with other units would leave "SOU"
      // beside SOU and KSF: the written form then follows the new codes.
      const unitsChanged = stored.units.join() !== edit.units.join();
      const staleRaw = unitsChanged && edit.unitsRaw === stored.unitsRaw;
      const columns = columnsOf(staleRaw ? { ...edit, unitsRaw: null } : edit);
      const before = contentOf(stored);
      const after = contentOf({ ...edit, ...columns, year: stored.year });
      if (JSON.stringify(before) === JSON.stringify(after)) {
        return { result: 'saved', activity: stored };
      }
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
      record(id, 'changed', before, after, user, edit.reason);
      return { result: 'saved', activity: activities.get(id)! };
    },
  );

  const remove = db.transaction(
    (id: number, version: number, user: User, mayEdit: MayEdit): WriteResult => {
      const check = writable(id, version, mayEdit);
      if (check.result !== 'ok') return check;
      sql.remove.run({ id, version, user: user.username });
      record(id, 'removed', contentOf(check.stored), null, user);
      return { result: 'saved', activity: check.stored };
    },
  );

  const followUp = db.transaction(
    (id: number, input: FollowUpFields, user: User, mayEdit: MayEdit): WriteResult => {
      const check = writable(id, input.version, mayEdit);
      if (check.result !== 'ok') return check;
      const { status, comment, date } = input;
      sql.setStatus.run({ id, status, version: input.version, user: user.username });
      sql.insertFollowUp.run({ id, status, comment, date, user: user.username });
      record(id, 'status', { status: check.stored.status }, { status, comment, date }, user);
      return { result: 'saved', activity: activities.get(id)! };
    },
  );

  const copyForward = db.transaction(
    (
      periodId: number,
      request: { fromYear: number; toYear: number; activityIds: number[] },
      user: User,
      mayEdit: MayEdit,
    ): CopyResult => {
      const chosen = request.activityIds.map((id) => ({ id, activity: activities.get(id) }));
      const invalid = chosen.filter(({ activity }) => activity?.year !== request.fromYear);
      if (invalid.length > 0) return { result: 'invalid', ids: invalid.map(({ id }) => id) };
      const sources = chosen.map(({ activity }) => activity!);
      const forbidden = sources.filter((activity) => !mayEdit(activity.units));
      if (forbidden.length > 0) return { result: 'forbidden', ids: forbidden.map((a) => a.id) };

      const result: CopyForwardResult = { created: [], skipped: [] };
      for (const source of sources) {
        if (sql.copiedInto.get(source.id, request.toYear)) {
          result.skipped.push(source.id);
          continue;
        }
        const fields = { ...source, year: request.toYear };
        const id = insert(periodId, fields, user, source.id);
        const state = { ...contentOf(activities.get(id)!), copiedFrom: source.id };
        record(id, 'created', null, state, user, `Kopierad från ${request.fromYear}`);
        result.created.push({ id, copiedFrom: source.id });
      }
      return { result: 'copied', ...result };
    },
  );

  return {
    create: (periodId: number, fields: NewActivity, user: User, mayEdit: MayEdit) =>
      create.immediate(periodId, fields, user, mayEdit),
    change: (periodId: number, id: number, edit: ActivityEdit, user: User, mayEdit: MayEdit) =>
      change.immediate(periodId, id, edit, user, mayEdit),
    remove: (id: number, version: number, user: User, mayEdit: MayEdit) =>
      remove.immediate(id, version, user, mayEdit),
    followUp: (id: number, input: FollowUpFields, user: User, mayEdit: MayEdit) =>
      followUp.immediate(id, input, user, mayEdit),
    copyForward: (
      periodId: number,
      request: { fromYear: number; toYear: number; activityIds: number[] },
      user: User,
      mayEdit: MayEdit,
    ) => copyForward.immediate(periodId, request, user, mayEdit),
    /** Every change, newest first; undefined for an id that never was an activity. */
    history: (id: number): ActivityHistoryEntry[] | undefined => {
      if (!sql.everExisted.get(id)) return undefined;
      return sql.history.all(id).map((row) => ({
        ...row,
        oldState: row.oldState === null ? null : (JSON.parse(row.oldState) as HistoryState),
        newState: row.newState === null ? null : (JSON.parse(row.newState) as HistoryState),
      }));
    },
  };
}
export type ActivityPlanQueries = ReturnType<typeof createActivityPlanQueries>;
