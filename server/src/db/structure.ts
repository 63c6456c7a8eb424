import type {
  AreaChange,
  AreaCreate,
  GoalChange,
  GoalCreate,
  MeasureChange,
  MeasureCreate,
  StoredDefinition,
  User,
} from '@malbild/shared';
import { expectVersion } from './conflict';
import type { Db } from './connection';
import type { createDefinitionQueries } from './definitions';
import { refuseField } from './field-error';
import type { PeriodQueries } from './periods';
import { changedFields, type StructureHistory } from './structure-history';

// A period's structure edited in the app: målområden (areas), verksamhetsmål (goals) and
// resultatmått (measures) added, changed, reordered, moved and removed, each change one
// transaction with a history row. Measure numbers follow the order within the period (areas,
// then goals, then the goal's measures), so every reordering renumbers. Decision 008.

export interface StoredArea {
  id: number;
  periodId: number;
  name: string;
  position: number;
  version: number;
}
export interface StoredGoal {
  id: number;
  areaId: number;
  periodId: number;
  name: string;
  description: string[];
  focus: string[];
  position: number;
  version: number;
}
interface MeasurePlace {
  id: number;
  goalId: number;
  number: number;
}
/** Lifted out of the way while positions are rewritten under their UNIQUE constraints. */
const LIFT = 100_000;

type Definitions = ReturnType<typeof createDefinitionQueries>;

export function createStructureQueries(
  db: Db,
  periods: PeriodQueries,
  definitions: Definitions,
  history: StructureHistory,
) {
  const sql = {
    area: db.prepare<[number], StoredArea>(
      'SELECT id, period_id AS periodId, name, position, version FROM areas WHERE id = ?',
    ),
    areaIds: db
      .prepare<[number], number>('SELECT id FROM areas WHERE period_id = ? ORDER BY position')
      .pluck(),
    areaNamed: db
      .prepare<[number, string], number>('SELECT id FROM areas WHERE period_id = ? AND name = ?')
      .pluck(),
    insertArea: db.prepare(`INSERT INTO areas (period_id, position, name)
      VALUES (:periodId, (SELECT coalesce(max(position), 0) + 1 FROM areas WHERE period_id = :periodId), :name)`),
    updateArea: db.prepare(
      'UPDATE areas SET name = :name, version = version + 1 WHERE id = :id AND version = :version',
    ),
    liftAreas: db.prepare(`UPDATE areas SET position = position + ${LIFT} WHERE period_id = ?`),
    placeArea: db.prepare('UPDATE areas SET position = :position WHERE id = :id'),
    deleteArea: db.prepare('DELETE FROM areas WHERE id = ?'),
    // A helhetsbedömning stays with what it judged: its goal or area is then not removed.
    judged: db
      .prepare<{ goalId: number | null; areaId: number | null }, number>(
        `SELECT EXISTS (SELECT 1 FROM judgements WHERE goal_id = :goalId OR area_id = :areaId)`,
      )
      .pluck(),
    goal: db.prepare<
      [number],
      Omit<StoredGoal, 'description' | 'focus'> & { description: string; focus: string }
    >(
      `SELECT g.id, g.area_id AS areaId, a.period_id AS periodId, g.name, g.description, g.focus,
         g.position, g.version
       FROM goals g JOIN areas a ON a.id = g.area_id WHERE g.id = ?`,
    ),
    goalIds: db
      .prepare<[number], number>('SELECT id FROM goals WHERE area_id = ? ORDER BY position')
      .pluck(),
    insertGoal: db.prepare(`INSERT INTO goals (area_id, position, name, description, focus)
      VALUES (:areaId, (SELECT coalesce(max(position), 0) + 1 FROM goals WHERE area_id = :areaId),
        :name, :description, :focus)`),
    updateGoal: db.prepare(`UPDATE goals SET name = :name, description = :description,
        focus = :focus, version = version + 1 WHERE id = :id AND version = :version`),
    liftGoals: db.prepare(`UPDATE goals SET position = position + ${LIFT} WHERE area_id = ?`),
    liftGoal: db.prepare(`UPDATE goals SET position = id + ${LIFT} * 2 WHERE id = ?`),
    placeGoal: db.prepare(
      'UPDATE goals SET area_id = :areaId, position = :position WHERE id = :id',
    ),
    deleteGoal: db.prepare('DELETE FROM goals WHERE id = ?'),
    goalOrder: db
      .prepare<[number], number>(
        `SELECT g.id FROM goals g JOIN areas a ON a.id = g.area_id
       WHERE a.period_id = ? ORDER BY a.position, g.position`,
      )
      .pluck(),
    measureOrder: db.prepare<[number], MeasurePlace>(
      `SELECT id, goal_id AS goalId, number FROM measures WHERE period_id = ? ORDER BY number`,
    ),
    measuresOfGoal: db
      .prepare<[number], number>('SELECT count(*) FROM measures WHERE goal_id = ?')
      .pluck(),
    liftMeasure: db.prepare(`UPDATE measures SET number = number + ${LIFT} WHERE id = ?`),
    placeMeasure: db.prepare(
      'UPDATE measures SET number = :number, goal_id = :goalId, version = version + 1 WHERE id = :id',
    ),
    measure: db.prepare<
      [number, number],
      MeasurePlace & { seriesId: number; version: number; retired: number }
    >(
      `SELECT id, goal_id AS goalId, number, series_id AS seriesId, version,
         retired_at IS NOT NULL AS retired
       FROM measures WHERE period_id = ? AND number = ?`,
    ),
    seriesInPeriod: db
      .prepare<[number, number], number>(
        'SELECT count(*) FROM measures WHERE period_id = ? AND series_id = ?',
      )
      .pluck(),
    insertSeries: db.prepare('INSERT INTO series DEFAULT VALUES'),
    insertMeasure: db.prepare(`INSERT INTO measures (period_id, goal_id, number, name, statement,
        data_source, category, unit, scale_min, scale_max, direction, decimals, kolada_kpi,
        responsible_unit, series_id, continues_id)
      VALUES (:periodId, :goalId,
        (SELECT coalesce(max(number), 0) + ${LIFT} FROM measures WHERE period_id = :periodId),
        :name, :statement, :dataSource, :category, :unit, :scaleMin, :scaleMax, :direction,
        :decimals, :koladaKpi, :responsibleUnit, :seriesId, :continuesId)`),
    // Anything recorded for the measure itself, or outcomes only its series has: then it is
    // retired, never deleted (the history tables refuse to lose their rows anyway).
    recorded: db
      .prepare<{ id: number; seriesId: number }, number>(
        `SELECT EXISTS (SELECT 1 FROM targets WHERE measure_id = :id)
           OR EXISTS (SELECT 1 FROM activities WHERE measure_id = :id)
           OR EXISTS (SELECT 1 FROM value_history WHERE measure_id = :id)
           OR EXISTS (SELECT 1 FROM published_values WHERE measure_id = :id)
           OR EXISTS (SELECT 1 FROM measures WHERE continues_id = :id)
           OR EXISTS (SELECT 1 FROM analyses WHERE measure_id = :id)
           OR (EXISTS (SELECT 1 FROM outcomes WHERE series_id = :seriesId)
               AND NOT EXISTS (SELECT 1 FROM measures WHERE series_id = :seriesId AND id <> :id))`,
      )
      .pluck(),
    deleteMeasure: db.prepare('DELETE FROM measures WHERE id = ?'),
    deleteSeriesIfUnused: db.prepare(`DELETE FROM series WHERE id = ?
      AND NOT EXISTS (SELECT 1 FROM measures WHERE series_id = series.id)
      AND NOT EXISTS (SELECT 1 FROM outcomes WHERE series_id = series.id)`),
    retireMeasure:
      db.prepare(`UPDATE measures SET retired_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
        version = version + 1 WHERE id = ?`),
  };

  const goalOf = (id: number): StoredGoal | undefined => {
    const row = sql.goal.get(id);
    return (
      row && {
        ...row,
        description: JSON.parse(row.description) as string[],
        focus: JSON.parse(row.focus) as string[],
      }
    );
  };
  const areaIn = (periodId: number, id: number, path: string): StoredArea => {
    const area = sql.area.get(id);
    if (area?.periodId !== periodId) refuseField(path, 'Målområdet finns inte i perioden');
    return area;
  };
  const goalIn = (periodId: number, id: number, path: string): StoredGoal => {
    const goal = goalOf(id);
    if (goal?.periodId !== periodId) refuseField(path, 'Verksamhetsmålet finns inte i perioden');
    return goal;
  };

  /** `ids` with `id` put at `position` (1 = first; past the end = last). */
  function placed(ids: number[], id: number, position: number | undefined): number[] {
    const others = ids.filter((other) => other !== id);
    const at = Math.min((position ?? others.length + 1) - 1, others.length);
    return [...others.slice(0, at), id, ...others.slice(at)];
  }

  /**
   * Numbers the period's measures 1, 2, 3 … in the order of areas, goals and each goal's
   * measures, with `moved` put in its goal at its position; every changed number is history.
   */
  function renumber(
    periodId: number,
    user: User,
    reason: string | undefined,
    moved?: { id: number; goalId: number; position: number | undefined },
  ): void {
    const byGoal = new Map(sql.goalOrder.all(periodId).map((goalId) => [goalId, [] as number[]]));
    const before = new Map(sql.measureOrder.all(periodId).map((m) => [m.id, m]));
    for (const m of before.values()) {
      if (m.id !== moved?.id) byGoal.get(m.goalId)!.push(m.id);
    }
    if (moved) {
      byGoal.set(moved.goalId, placed(byGoal.get(moved.goalId)!, moved.id, moved.position));
    }
    const order = [...byGoal.entries()].flatMap(([goalId, ids]) =>
      ids.map((id) => ({ id, goalId })),
    );
    const changes = order
      .map((m, index) => ({ ...m, number: index + 1, was: before.get(m.id)! }))
      .filter((m) => m.number !== m.was.number || m.goalId !== m.was.goalId);
    for (const m of changes) sql.liftMeasure.run(m.id);
    for (const m of changes) {
      sql.placeMeasure.run(m);
      // A new measure's first number is part of its creation, not a move.
      if (m.was.number > LIFT) continue;
      history.record(
        { periodId, subject: 'measure', subjectId: m.id, action: 'moved' },
        { number: m.was.number, goalId: m.was.goalId },
        { number: m.number, goalId: m.goalId },
        user,
        reason,
      );
    }
  }

  function reorderAreas(periodId: number, ids: number[]) {
    sql.liftAreas.run(periodId);
    ids.forEach((areaId, index) => sql.placeArea.run({ id: areaId, position: index + 1 }));
  }
  function reorderGoals(areaId: number, ids: number[]) {
    sql.liftGoals.run(areaId);
    ids.forEach((goalId, index) => sql.placeGoal.run({ id: goalId, areaId, position: index + 1 }));
  }

  const createArea = db.transaction((periodId: number, input: AreaCreate, user: User) => {
    if (sql.areaNamed.get(periodId, input.name) !== undefined) {
      refuseField('name', `Perioden har redan målområdet ${input.name}`);
    }
    const id = Number(sql.insertArea.run({ periodId, name: input.name }).lastInsertRowid);
    const area = sql.area.get(id)!;
    history.record(
      { periodId, subject: 'area', subjectId: id, action: 'created' },
      null,
      { name: area.name, position: area.position },
      user,
      input.reason,
    );
    return area;
  });

  const changeArea = db.transaction(
    (periodId: number, id: number, edit: AreaChange, user: User) => {
      const stored = sql.area.get(id);
      if (stored?.periodId !== periodId) return undefined;
      expectVersion('area', stored, edit.version);
      const diff = changedFields(stored, { name: edit.name, position: edit.position });
      if (!diff) return stored;
      if (edit.name !== undefined && edit.name !== stored.name) {
        if (sql.areaNamed.get(periodId, edit.name) !== undefined) {
          refuseField('name', `Perioden har redan målområdet ${edit.name}`);
        }
      }
      sql.updateArea.run({ id, name: edit.name ?? stored.name, version: stored.version });
      if (edit.position !== undefined && edit.position !== stored.position) {
        reorderAreas(periodId, placed(sql.areaIds.all(periodId), id, edit.position));
        renumber(periodId, user, edit.reason);
      }
      history.record(
        { periodId, subject: 'area', subjectId: id, action: 'changed' },
        diff.old,
        diff.new,
        user,
        edit.reason,
      );
      return sql.area.get(id);
    },
  );

  const removeArea = db.transaction(
    (periodId: number, id: number, version: number, user: User, reason?: string) => {
      const stored = sql.area.get(id);
      if (stored?.periodId !== periodId) return false;
      expectVersion('area', stored, version);
      if (sql.goalIds.all(id).length > 0) {
        refuseField('id', 'Målområdet har verksamhetsmål: flytta eller ta bort dem först');
      }
      if (sql.judged.get({ goalId: null, areaId: id }) === 1) {
        refuseField('id', 'Målområdet har en helhetsbedömning och kan inte tas bort');
      }
      sql.deleteArea.run(id);
      reorderAreas(periodId, sql.areaIds.all(periodId));
      history.record(
        { periodId, subject: 'area', subjectId: id, action: 'removed' },
        { name: stored.name },
        null,
        user,
        reason,
      );
      return true;
    },
  );

  const createGoal = db.transaction((periodId: number, input: GoalCreate, user: User) => {
    areaIn(periodId, input.areaId, 'areaId');
    const id = Number(
      sql.insertGoal.run({
        areaId: input.areaId,
        name: input.name,
        description: JSON.stringify(input.description),
        focus: JSON.stringify(input.focus),
      }).lastInsertRowid,
    );
    const goal = goalOf(id)!;
    const { name, description, focus, areaId } = goal;
    history.record(
      { periodId, subject: 'goal', subjectId: id, action: 'created' },
      null,
      { name, description, focus, areaId },
      user,
      input.reason,
    );
    return goal;
  });

  const changeGoal = db.transaction(
    (periodId: number, id: number, edit: GoalChange, user: User) => {
      const stored = goalOf(id);
      if (stored?.periodId !== periodId) return undefined;
      expectVersion('goal', stored, edit.version);
      if (edit.areaId !== undefined) areaIn(periodId, edit.areaId, 'areaId');
      const { areaId: toArea, name, description, focus, position, reason } = edit;
      const fields = { areaId: toArea, name, description, focus, position };
      const diff = changedFields(stored, fields);
      if (!diff) return stored;
      sql.updateGoal.run({
        id,
        name: edit.name ?? stored.name,
        description: JSON.stringify(edit.description ?? stored.description),
        focus: JSON.stringify(edit.focus ?? stored.focus),
        version: stored.version,
      });
      const areaId = edit.areaId ?? stored.areaId;
      if (areaId !== stored.areaId || (edit.position ?? stored.position) !== stored.position) {
        sql.liftGoal.run(id);
        if (areaId !== stored.areaId) {
          reorderGoals(
            stored.areaId,
            sql.goalIds.all(stored.areaId).filter((g) => g !== id),
          );
        }
        reorderGoals(areaId, placed(sql.goalIds.all(areaId), id, edit.position));
        renumber(periodId, user, reason);
      }
      history.record(
        { periodId, subject: 'goal', subjectId: id, action: 'changed' },
        diff.old,
        diff.new,
        user,
        reason,
      );
      return goalOf(id);
    },
  );

  const removeGoal = db.transaction(
    (periodId: number, id: number, version: number, user: User, reason?: string) => {
      const stored = goalOf(id);
      if (stored?.periodId !== periodId) return false;
      expectVersion('goal', stored, version);
      if (sql.measuresOfGoal.get(id)! > 0) {
        refuseField('id', 'Verksamhetsmålet har resultatmått: flytta eller ta bort dem först');
      }
      if (sql.judged.get({ goalId: id, areaId: null }) === 1) {
        refuseField('id', 'Verksamhetsmålet har en helhetsbedömning och kan inte tas bort');
      }
      sql.deleteGoal.run(id);
      reorderGoals(stored.areaId, sql.goalIds.all(stored.areaId));
      history.record(
        { periodId, subject: 'goal', subjectId: id, action: 'removed' },
        { name: stored.name, areaId: stored.areaId },
        null,
        user,
        reason,
      );
      return true;
    },
  );

  /** The series a new measure joins: its own, or that of the measure it continues. */
  function seriesFor(
    periodId: number,
    continues: MeasureCreate['continues'],
  ): {
    seriesId: number;
    continuesId: number | null;
  } {
    if (!continues) {
      return { seriesId: Number(sql.insertSeries.run().lastInsertRowid), continuesId: null };
    }
    const period = periods.byId(periodId)!;
    const earlier = periods.byId(continues.periodId);
    if (!earlier || earlier.startYear >= period.startYear) {
      refuseField('continues.periodId', `Välj en målperiod som börjar före ${period.startYear}`);
    }
    const source = sql.measure.get(earlier.id, continues.number);
    if (!source) {
      refuseField(
        'continues.number',
        `Resultatmått ${continues.number} finns inte i ${earlier.name}`,
      );
    }
    if (sql.seriesInPeriod.get(periodId, source.seriesId)! > 0) {
      refuseField(
        'continues.number',
        'Ett annat resultatmått i perioden fortsätter redan det måttet',
      );
    }
    return { seriesId: source.seriesId, continuesId: source.id };
  }

  const createMeasure = db.transaction(
    (periodId: number, input: MeasureCreate, user: User): StoredDefinition => {
      goalIn(periodId, input.goalId, 'goalId');
      const { continues, reason, ...fields } = input;
      const id = Number(
        sql.insertMeasure.run({ ...fields, periodId, ...seriesFor(periodId, continues) })
          .lastInsertRowid,
      );
      renumber(periodId, user, reason, { id, goalId: input.goalId, position: undefined });
      const number = sql.measureOrder.all(periodId).find((m) => m.id === id)!.number;
      const created = definitions.get(periodId, number)!;
      history.record(
        { periodId, subject: 'measure', subjectId: id, action: 'created' },
        null,
        { ...created, continues: continues ?? null },
        user,
        reason,
      );
      return created;
    },
  );

  const changeMeasure = db.transaction(
    (periodId: number, number: number, edit: MeasureChange, user: User) => {
      const { goalId, position, ...definition } = edit;
      const changed = definitions.change(periodId, number, definition, user);
      const moves =
        (goalId !== undefined && goalId !== sql.measure.get(periodId, changed.number)!.goalId) ||
        position !== undefined;
      if (!moves) return changed;
      const stored = sql.measure.get(periodId, changed.number)!;
      const target = goalId ?? stored.goalId;
      goalIn(periodId, target, 'goalId');
      renumber(periodId, user, edit.reason, { id: stored.id, goalId: target, position });
      const now = sql.measureOrder.all(periodId).find((m) => m.id === stored.id)!;
      return definitions.get(periodId, now.number)!;
    },
  );

  const removeMeasure = db.transaction(
    (periodId: number, number: number, version: number, user: User, reason?: string) => {
      const stored = sql.measure.get(periodId, number);
      if (!stored) return undefined;
      const definition = definitions.get(periodId, number)!;
      expectVersion('definition', stored, version);
      const recorded = sql.recorded.get({ id: stored.id, seriesId: stored.seriesId }) === 1;
      const subject = { periodId, subject: 'measure' as const, subjectId: stored.id };
      if (recorded) {
        sql.retireMeasure.run(stored.id);
        history.record(
          { ...subject, action: 'retired' },
          { retired: false },
          { retired: true },
          user,
          reason,
        );
        return 'retired' as const;
      }
      sql.deleteMeasure.run(stored.id);
      sql.deleteSeriesIfUnused.run(stored.seriesId);
      history.record({ ...subject, action: 'removed' }, definition, null, user, reason);
      renumber(periodId, user, reason);
      return 'removed' as const;
    },
  );

  return {
    createArea: (periodId: number, input: AreaCreate, user: User) =>
      createArea.immediate(periodId, input, user),
    changeArea: (periodId: number, id: number, edit: AreaChange, user: User) =>
      changeArea.immediate(periodId, id, edit, user),
    removeArea: (periodId: number, id: number, version: number, user: User, reason?: string) =>
      removeArea.immediate(periodId, id, version, user, reason),
    createGoal: (periodId: number, input: GoalCreate, user: User) =>
      createGoal.immediate(periodId, input, user),
    changeGoal: (periodId: number, id: number, edit: GoalChange, user: User) =>
      changeGoal.immediate(periodId, id, edit, user),
    removeGoal: (periodId: number, id: number, version: number, user: User, reason?: string) =>
      removeGoal.immediate(periodId, id, version, user, reason),
    createMeasure: (periodId: number, input: MeasureCreate, user: User) =>
      createMeasure.immediate(periodId, input, user),
    changeMeasure: (periodId: number, number: number, edit: MeasureChange, user: User) =>
      changeMeasure.immediate(periodId, number, edit, user),
    /** Removed when nothing is recorded for it; otherwise retired, with its data kept. */
    removeMeasure: (
      periodId: number,
      number: number,
      version: number,
      user: User,
      reason?: string,
    ) => removeMeasure.immediate(periodId, number, version, user, reason),
  };
}
