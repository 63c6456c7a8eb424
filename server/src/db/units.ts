import type {
  UnitCreate,
  UnitHistoryEntry,
  UnitMerge,
  UnitRename,
  UnitRetire,
  UnitWithCounts,
  User,
} from '@malbild/shared';
import { z } from 'zod';
import type { Statement } from 'better-sqlite3';
import { SOURCES, type ActivityView } from './activities';
import type { ActivityPlanQueries } from './activity-plan';
import { ConflictError, isStale } from './conflict';
import type { Db } from './connection';
import { displayNameOf } from './people';

interface CountRow {
  code: string;
  year: number;
  count: number;
}

type StoredUnit = Omit<UnitWithCounts, 'activityCounts' | 'formerNames'>;
type HistoryAction = UnitHistoryEntry['action'];
type HistoryRow = Omit<UnitHistoryEntry, 'oldState' | 'newState'> & {
  oldState: string | null;
  newState: string;
};

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
const UNIT = `SELECT code, name, active_from AS activeFrom, active_until AS activeUntil,
  merged_into AS mergedInto, version FROM units`;

function prepareStatements(db: Db) {
  return {
    units: db.prepare<[], StoredUnit>(`${UNIT} ORDER BY code`),
    byCode: db.prepare<[string], StoredUnit>(`${UNIT} WHERE code = ?`),
    // From the period's measures down, so earlier periods' activities are never read.
    // In each view of the plans: the public counts the published activities (decision 019).
    counts: Object.fromEntries(
      (['published', 'working'] as const).map((view) => {
        const source = SOURCES[view];
        return [
          view,
          db.prepare<[number], CountRow>(
            `SELECT au.unit_code AS code, a.year, count(*) AS count
             FROM measures m
             JOIN ${source.activities} a ON a.measure_id = m.id
             JOIN ${source.units} au ON au.activity_id = a.id
             WHERE m.period_id = ? AND ${source.listed('a')}
             GROUP BY au.unit_code, a.year
             ORDER BY au.unit_code, a.year`,
          ),
        ];
      }),
    ) as Record<ActivityView, Statement<[number], CountRow>>,
    // Every period's: a unit keeps the years it has activities in, whichever period they are of.
    activityYears: db.prepare<[string], { first: number | null; last: number | null }>(
      `SELECT min(a.year) AS first, max(a.year) AS last
       FROM activities a JOIN activity_units au ON au.activity_id = a.id
       WHERE au.unit_code = ? AND a.deleted_at IS NULL`,
    ),
    renames: db.prepare<[], { code: string; name: string; at: string }>(
      `SELECT unit_code AS code, json_extract(old_state, '$.name') AS name, changed_at AS at
       FROM unit_history WHERE action = 'renamed' ORDER BY id`,
    ),
    created: db.prepare<[], { code: string; at: string }>(
      "SELECT unit_code AS code, changed_at AS at FROM unit_history WHERE action = 'created'",
    ),
    insert: db.prepare<{ code: string; name: string; activeFrom: number | null }>(
      'INSERT INTO units (code, name, active_from) VALUES (:code, :name, :activeFrom)',
    ),
    update: db.prepare<StoredUnit>(
      `UPDATE units SET name = :name, active_from = :activeFrom, active_until = :activeUntil,
         merged_into = :mergedInto, version = version + 1
       WHERE code = :code`,
    ),
    insertHistory: db.prepare<{
      code: string;
      action: HistoryAction;
      oldState: string | null;
      newState: string;
      user: string;
      reason: string | null;
    }>(
      `INSERT INTO unit_history (unit_code, action, old_state, new_state, changed_by, changed_at, reason)
       VALUES (:code, :action, :oldState, :newState, :user, ${NOW}, :reason)`,
    ),
    history: db.prepare<[string], HistoryRow>(
      `SELECT action, old_state AS oldState, new_state AS newState,
         ${displayNameOf('changed_by')} AS changedBy, changed_at AS changedAt, reason
       FROM unit_history WHERE unit_code = ? ORDER BY id DESC`,
    ),
  };
}

/** What the history keeps of a unit: its fields, without the version. */
const stateOf = ({ version: _version, ...fields }: StoredUnit) => fields;
const day = (timestamp: string) => timestamp.slice(0, 10);

/** A change the unit's state forbids: answered as a 400 naming the field it concerns. */
const refused = (field: string, message: string) =>
  new z.ZodError([{ code: 'custom', path: [field], message, input: undefined }]);

// unit = koncernenhet. Counts come from the activity rows, never from the documents' summary
// tables (those are not always right); an activity of several units counts for each of them.
// Units are never deleted: a renamed unit keeps its former names with their dates, a retired or
// merged one its row, so the plans of the years it had stay as they were.
export function createUnitQueries(db: Db, activityPlan: ActivityPlanQueries) {
  const sql = prepareStatements(db);

  function record(
    code: string,
    action: HistoryAction,
    before: StoredUnit | null,
    after: StoredUnit,
    user: User,
    reason: string | null,
  ) {
    sql.insertHistory.run({
      code,
      action,
      oldState: before && JSON.stringify(stateOf(before)),
      newState: JSON.stringify(stateOf(after)),
      user: user.username,
      reason,
    });
  }

  function formerNames(): Map<string, UnitWithCounts['formerNames']> {
    const since = new Map(sql.created.all().map(({ code, at }) => [code, day(at)]));
    const byUnit = new Map<string, UnitWithCounts['formerNames']>();
    for (const { code, name, at } of sql.renames.all()) {
      const names = byUnit.get(code) ?? [];
      const from = names.at(-1)?.until ?? since.get(code) ?? null;
      byUnit.set(code, [...names, { name, from, until: day(at) }]);
    }
    return byUnit;
  }

  const withNames = (unit: StoredUnit, names = formerNames()) => ({
    ...unit,
    formerNames: names.get(unit.code) ?? [],
  });

  /** The unit at the version the change was based on; a stale one is a ConflictError. */
  function currentAt(code: string, version: number): StoredUnit {
    const stored = sql.byCode.get(code)!;
    if (isStale(stored, version)) throw new ConflictError('unit', withNames(stored));
    return stored;
  }

  function write(
    action: HistoryAction,
    before: StoredUnit,
    change: Partial<StoredUnit>,
    user: User,
    reason: string | null,
  ): StoredUnit {
    sql.update.run({ ...before, ...change });
    const after = sql.byCode.get(before.code)!;
    record(before.code, action, before, after, user, reason);
    return after;
  }

  const create = db.transaction((input: UnitCreate, user: User): StoredUnit => {
    sql.insert.run({ ...input, activeFrom: input.activeFrom ?? null });
    const unit = sql.byCode.get(input.code)!;
    sql.insertHistory.run({
      code: unit.code,
      action: 'created',
      oldState: null,
      newState: JSON.stringify(stateOf(unit)),
      user: user.username,
      reason: null,
    });
    return unit;
  });

  const rename = db.transaction((code: string, edit: UnitRename, user: User): StoredUnit => {
    const stored = currentAt(code, edit.version);
    if (stored.name === edit.name) return stored;
    return write('renamed', stored, { name: edit.name }, user, edit.reason);
  });

  const retire = db.transaction((code: string, edit: UnitRetire, user: User): StoredUnit => {
    const stored = currentAt(code, edit.version);
    const { activeUntil } = edit;
    if (stored.mergedInto !== null) {
      throw refused('activeUntil', `${code} är sammanslagen med ${stored.mergedInto}`);
    }
    const { last } = sql.activityYears.get(code)!;
    if (activeUntil !== null && last !== null && last > activeUntil) {
      throw refused(
        'activeUntil',
        `${code} har målaktiviteter ${last}: välj ${last} eller senare, eller slå ihop enheten med en annan`,
      );
    }
    if (activeUntil !== null && stored.activeFrom !== null && activeUntil < stored.activeFrom) {
      throw refused('activeUntil', `${code} är aktiv först från ${stored.activeFrom}`);
    }
    const action = activeUntil === null ? 'reactivated' : 'retired';
    return write(action, stored, { activeUntil }, user, edit.reason);
  });

  const merge = db.transaction(
    (code: string, edit: UnitMerge, user: User): { unit: StoredUnit; moved: number[] } => {
      const stored = currentAt(code, edit.version);
      const target = sql.byCode.get(edit.into);
      if (!target || target.code === code || target.mergedInto !== null) {
        throw refused('into', `Välj en annan aktiv enhet att slå ihop ${code} med`);
      }
      if (stored.mergedInto !== null) {
        throw refused('into', `${code} är redan sammanslagen med ${stored.mergedInto}`);
      }
      const reason = edit.reason ?? `${code} slogs ihop med ${target.code}`;
      const moved = activityPlan.reassignUnit(code, target.code, user, reason);
      // Merged, it takes no more activities (unitActiveIn); its years stay as they were.
      const unit = write('merged_into', stored, { mergedInto: target.code }, user, reason);
      write(
        'merged_from',
        target,
        {},
        user,
        `${reason} (${moved.length} målaktiviteter flyttades hit)`,
      );
      return { unit, moved };
    },
  );

  return {
    /** Every unit, with its activities per year (in the view) in the period when one is given. */
    list: (periodId?: number, view: ActivityView = 'published'): UnitWithCounts[] => {
      const byUnit = new Map<string, { year: number; count: number }[]>();
      const counts = periodId === undefined ? [] : sql.counts[view].all(periodId);
      for (const { code, year, count } of counts) {
        byUnit.set(code, [...(byUnit.get(code) ?? []), { year, count }]);
      }
      const names = formerNames();
      return sql.units.all().map((unit) => ({
        ...withNames(unit, names),
        activityCounts: byUnit.get(unit.code) ?? [],
      }));
    },
    get: (code: string) => {
      const unit = sql.byCode.get(code);
      return unit && withNames(unit);
    },
    exists: (code: string): boolean => sql.byCode.get(code) !== undefined,
    // IMMEDIATE: each write reads before it writes.
    create: (input: UnitCreate, user: User) => withNames(create.immediate(input, user)),
    rename: (code: string, edit: UnitRename, user: User) =>
      withNames(rename.immediate(code, edit, user)),
    retire: (code: string, edit: UnitRetire, user: User) =>
      withNames(retire.immediate(code, edit, user)),
    merge: (code: string, edit: UnitMerge, user: User) => {
      const { unit, moved } = merge.immediate(code, edit, user);
      return { unit: withNames(unit), moved };
    },
    /** Every change, newest first. */
    history: (code: string): UnitHistoryEntry[] =>
      sql.history.all(code).map((row) => ({
        ...row,
        oldState:
          row.oldState === null ? null : (JSON.parse(row.oldState) as Record<string, unknown>),
        newState: JSON.parse(row.newState) as Record<string, unknown>,
      })),
  };
}
export type UnitQueries = ReturnType<typeof createUnitQueries>;
