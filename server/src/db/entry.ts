import type {
  EntryCellResult,
  EntryChange,
  EntryRow,
  HistoryEntry,
  StoredOutcome,
  StoredTarget,
  User,
} from '@malbild/shared';
import { valueProblem } from '@malbild/shared';
import { isStale } from './conflict';
import type { Db } from './connection';
import { displayNameOf } from './people';

// Writes of outcomes (utfall) and targets (målvärden): each change names the version it was
// based on; a stale version is a conflict, never a silent overwrite, and every stored change
// leaves a history row with the old and the new state.

interface MeasureRow {
  id: number;
  /** Outcomes belong to the series, targets to the measure. */
  seriesId: number;
  number: number;
  name: string;
  unit: string;
  decimals: number;
  scaleMin: number | null;
  scaleMax: number | null;
  direction: 'up' | 'down';
}

const OUTCOME_COLUMNS = `year, value, status, note, data_source AS dataSource, version,
  updated_at AS updatedAt, ${displayNameOf('updated_by')} AS updatedBy`;
const TARGET_COLUMNS = `year, value, note, decision, version, updated_at AS updatedAt,
  ${displayNameOf('updated_by')} AS updatedBy`;

type OutcomeChange = Extract<EntryChange, { kind: 'outcome' }>;

export interface YearChanges {
  year: number;
  changes: EntryChange[];
}

/** Carries the results out of a transaction that was rolled back on purpose. */
class RolledBack extends Error {
  constructor(readonly results: EntryCellResult[][]) {
    super('rolled back');
  }
}
type TargetChange = Extract<EntryChange, { kind: 'target' }>;

const outcomeState = (o: Pick<StoredOutcome, 'value' | 'status' | 'note' | 'dataSource'>) => ({
  value: o.value,
  status: o.status,
  note: o.note,
  dataSource: o.dataSource,
});
const targetState = (t: Pick<StoredTarget, 'value' | 'note' | 'decision'>) => ({
  value: t.value,
  note: t.note,
  decision: t.decision,
});

export function createEntryQueries(db: Db) {
  const measures = db.prepare<[number], MeasureRow>(
    `SELECT id, series_id AS seriesId, number, name, unit, decimals, scale_min AS scaleMin,
       scale_max AS scaleMax, direction
     FROM measures WHERE period_id = ? ORDER BY number`,
  );
  const outcome = db.prepare<[number, number], StoredOutcome>(
    `SELECT ${OUTCOME_COLUMNS} FROM outcomes WHERE series_id = ? AND year = ?`,
  );
  const target = db.prepare<[number, number], StoredTarget>(
    `SELECT ${TARGET_COLUMNS} FROM targets WHERE measure_id = ? AND year = ?`,
  );
  const insertOutcome = db.prepare(
    `INSERT INTO outcomes (series_id, year, value, status, note, data_source, updated_by)
     VALUES (:seriesId, :year, :value, :status, :note, :dataSource, :user)`,
  );
  const updateOutcome = db.prepare(
    `UPDATE outcomes SET value = :value, status = :status, note = :note, data_source = :dataSource,
       version = version + 1, updated_by = :user, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE series_id = :seriesId AND year = :year AND version = :version`,
  );
  const insertTarget = db.prepare(
    `INSERT INTO targets (measure_id, year, value, note, decision, updated_by)
     VALUES (:measureId, :year, :value, :note, :decision, :user)`,
  );
  const updateTarget = db.prepare(
    `UPDATE targets SET value = :value, note = :note, decision = :decision, version = version + 1,
       updated_by = :user, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE measure_id = :measureId AND year = :year AND version = :version`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO value_history (kind, measure_id, year, old_state, new_state, changed_by, reason)
     VALUES (:kind, :measureId, :year, :oldState, :newState, :changedBy, :reason)`,
  );
  // A measure's history has the outcomes of its whole series, through whichever period.
  const history = db.prepare<
    { id: number },
    Omit<HistoryEntry, 'oldState' | 'newState'> & { oldState: string | null; newState: string }
  >(
    `SELECT kind, year, old_state AS oldState, new_state AS newState,
       ${displayNameOf('changed_by')} AS changedBy, changed_at AS changedAt, reason
     FROM value_history
     WHERE measure_id = :id
       OR (kind = 'outcome' AND measure_id IN (SELECT id FROM measures
             WHERE series_id = (SELECT series_id FROM measures WHERE id = :id)))
     ORDER BY id DESC`,
  );

  function record(
    kind: 'outcome' | 'target',
    measureId: number,
    year: number,
    oldState: object | null,
    newState: object,
    user: User,
    reason: string | undefined,
  ) {
    insertHistory.run({
      kind,
      measureId,
      year,
      oldState: oldState && JSON.stringify(oldState),
      newState: JSON.stringify(newState),
      changedBy: user.username,
      reason: reason ?? null,
    });
  }

  interface ValueStore<Stored, Change> {
    get: (measure: Pick<MeasureRow, 'id' | 'seriesId'>, year: number) => Stored | undefined;
    insert: { run: (params: object) => unknown };
    update: { run: (params: object) => unknown };
    state: (value: Stored | Change) => object;
  }
  const outcomes: ValueStore<StoredOutcome, OutcomeChange> = {
    get: (m, y) => outcome.get(m.seriesId, y),
    insert: insertOutcome,
    update: updateOutcome,
    state: outcomeState,
  };
  const targets: ValueStore<StoredTarget, TargetChange> = {
    get: (m, y) => target.get(m.id, y),
    insert: insertTarget,
    update: updateTarget,
    state: targetState,
  };

  /** Writes one value if its base version is current; the caller holds the transaction. */
  function write<Stored extends StoredOutcome | StoredTarget, Change extends EntryChange>(
    store: ValueStore<Stored, Change>,
    measure: MeasureRow,
    year: number,
    change: Change,
    user: User,
  ): EntryCellResult {
    const base = { measureNumber: measure.number, kind: change.kind };
    const stored = store.get(measure, year) ?? null;
    // A stale cell is reported, not thrown: the batch's other cells still save.
    if (isStale(stored, change.version)) return { ...base, result: 'conflict', current: stored };
    const next = store.state(change);
    if (stored && JSON.stringify(store.state(stored)) === JSON.stringify(next)) {
      return { ...base, result: 'unchanged', current: stored };
    }
    const params = {
      ...next,
      measureId: measure.id,
      seriesId: measure.seriesId,
      year,
      user: user.username,
      version: change.version,
    };
    (stored ? store.update : store.insert).run(params);
    record(change.kind, measure.id, year, stored && store.state(stored), next, user, change.reason);
    return { ...base, result: 'saved', current: store.get(measure, year) ?? null };
  }

  function refusal(change: EntryChange, measure: MeasureRow | undefined): EntryCellResult | null {
    const base = { measureNumber: change.measureNumber, kind: change.kind };
    if (!measure) {
      return {
        ...base,
        result: 'refused',
        errors: [
          { path: 'measureNumber', message: `Resultatmått ${change.measureNumber} finns inte` },
        ],
      };
    }
    const problem = change.value === null ? null : valueProblem(measure, change.value);
    return problem
      ? { ...base, result: 'refused', errors: [{ path: 'value', message: problem }] }
      : null;
  }

  /**
   * Saves the valid, current changes of several years in one transaction; invalid or stale ones
   * are reported. allOrNothing rolls everything back when any change is refused or stale.
   */
  const save = db.transaction(
    (periodId: number, years: YearChanges[], user: User, allOrNothing: boolean) => {
      const byNumber = new Map(measures.all(periodId).map((m) => [m.number, m]));
      const results = years.map(({ year, changes }) =>
        changes.map((change): EntryCellResult => {
          const measure = byNumber.get(change.measureNumber);
          const refused = refusal(change, measure);
          if (refused || !measure) return refused!;
          return change.kind === 'outcome'
            ? write(outcomes, measure, year, change, user)
            : write(targets, measure, year, change, user);
        }),
      );
      const failed = results.flat().some((r) => r.result === 'refused' || r.result === 'conflict');
      // Throwing is how a better-sqlite3 transaction function rolls back.
      if (allOrNothing && failed) throw new RolledBack(results);
      return results;
    },
  );

  const measureId = db.prepare<[number, number], { id: number }>(
    'SELECT id FROM measures WHERE period_id = ? AND number = ?',
  );

  return {
    measureId: (periodId: number, number: number): number | undefined =>
      measureId.get(periodId, number)?.id,
    year: (periodId: number, year: number): EntryRow[] =>
      measures.all(periodId).map(({ id, seriesId, ...measure }) => ({
        measure,
        outcome: outcome.get(seriesId, year) ?? null,
        target: target.get(id, year) ?? null,
      })),
    /** IMMEDIATE: the transaction reads versions before it writes. */
    save: (periodId: number, year: number, changes: EntryChange[], user: User) =>
      save.immediate(periodId, [{ year, changes }], user, false)[0]!,
    /**
     * Several years in one transaction (an import). With allOrNothing, nothing is written when
     * any change is refused or stale: `committed` is false and the results say why.
     */
    saveYears(periodId: number, years: YearChanges[], user: User, allOrNothing: boolean) {
      try {
        return { committed: true, results: save.immediate(periodId, years, user, allOrNothing) };
      } catch (error) {
        if (error instanceof RolledBack) return { committed: false, results: error.results };
        throw error;
      }
    },
    history: (measureId: number): HistoryEntry[] =>
      history.all({ id: measureId }).map((row) => ({
        ...row,
        oldState:
          row.oldState === null ? null : (JSON.parse(row.oldState) as HistoryEntry['oldState']),
        newState: JSON.parse(row.newState) as HistoryEntry['newState'],
      })),
  };
}
export type EntryQueries = ReturnType<typeof createEntryQueries>;
