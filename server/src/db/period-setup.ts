import type { Period, PeriodChange, PeriodCreate, PeriodStatus, User } from '@malbild/shared';
import { may } from '@malbild/shared';
import { expectVersion } from './conflict';
import type { Db } from './connection';
import { refuseField } from './field-error';
import { type PeriodQueries } from './periods';
import { changedFields, type StructureHistory } from './structure-history';

// Creating a period (empty, or copied from another with each measure continuing its original)
// and changing it: its texts, its years while it is planned, its status. Decision 008.

/** Which status may follow which, and whose: closing and reopening are the administrator's. */
const TRANSITIONS: Record<
  PeriodStatus,
  Partial<Record<PeriodStatus, 'editStructure' | 'administer'>>
> = {
  planning: { active: 'editStructure' },
  active: { closed: 'administer' },
  closed: { active: 'administer' },
};

export function createPeriodSetup(db: Db, periods: PeriodQueries, history: StructureHistory) {
  const sql = {
    byName: db.prepare<[string], { id: number }>('SELECT id FROM periods WHERE name = ?'),
    insert: db.prepare(
      `INSERT INTO periods (name, start_year, end_year, vision) VALUES (:name, :startYear, :endYear, :vision)`,
    ),
    update: db.prepare(
      `UPDATE periods SET name = :name, start_year = :startYear, end_year = :endYear, vision = :vision,
         status = :status, public = :public, version = version + 1
       WHERE id = :id AND version = :version`,
    ),
    // A copy keeps every area, goal and measure in its place; ids are mapped by position.
    copyAreas: db.prepare(`INSERT INTO areas (period_id, position, name)
      SELECT :to, position, name FROM areas WHERE period_id = :from`),
    copyGoals: db.prepare(`INSERT INTO goals (area_id, position, name, description, focus)
      SELECT na.id, g.position, g.name, g.description, g.focus
      FROM goals g JOIN areas a ON a.id = g.area_id
      JOIN areas na ON na.period_id = :to AND na.position = a.position
      WHERE a.period_id = :from`),
    // Retired measures are not carried into the next period.
    copyMeasures: db.prepare(`INSERT INTO measures (period_id, goal_id, number, name, statement,
        data_source, category, unit, scale_min, scale_max, direction, decimals, kolada_kpi,
        series_id, continues_id, responsible_unit)
      SELECT :to, ng.id, row_number() OVER (ORDER BY m.number), m.name, m.statement, m.data_source,
        m.category, m.unit, m.scale_min, m.scale_max, m.direction, m.decimals, m.kolada_kpi,
        m.series_id, m.id, m.responsible_unit
      FROM measures m JOIN goals g ON g.id = m.goal_id JOIN areas a ON a.id = g.area_id
      JOIN areas na ON na.period_id = :to AND na.position = a.position
      JOIN goals ng ON ng.area_id = na.id AND ng.position = g.position
      WHERE m.period_id = :from AND m.retired_at IS NULL
      ORDER BY m.number`),
    // Targets only for the years the new period has (a period re-planned over the same years).
    copyTargets:
      db.prepare(`INSERT INTO targets (measure_id, year, value, note, decision, source_id,
        updated_by)
      SELECT nm.id, t.year, t.value, t.note, t.decision, t.source_id, :user
      FROM targets t JOIN measures nm ON nm.continues_id = t.measure_id AND nm.period_id = :to
      WHERE t.year BETWEEN :startYear AND :endYear`),
    // A period's years must hold all it has: targets and activities.
    valuesOutside: db.prepare<{ id: number; startYear: number; endYear: number }, { n: number }>(
      `SELECT (SELECT count(*) FROM targets t JOIN measures m ON m.id = t.measure_id
                WHERE m.period_id = :id AND t.year NOT BETWEEN :startYear AND :endYear)
            + (SELECT count(*) FROM activities a JOIN measures m ON m.id = a.measure_id
                WHERE m.period_id = :id AND a.deleted_at IS NULL
                  AND a.year NOT BETWEEN :startYear AND :endYear) AS n`,
    ),
  };

  function refuseTakenName(name: string, exceptId?: number) {
    const taken = sql.byName.get(name);
    if (taken && taken.id !== exceptId)
      refuseField('name', `Det finns redan en målperiod som heter ${name}`);
  }

  const create = db.transaction((input: PeriodCreate, user: User): Period => {
    refuseTakenName(input.name);
    const source = input.copyFrom && periods.byId(input.copyFrom.periodId);
    if (input.copyFrom && !source) refuseField('copyFrom.periodId', 'Målperioden finns inte');
    if (source && source.startYear >= input.startYear) {
      refuseField('copyFrom.periodId', `Kopiera från en tidigare period än ${input.startYear}`);
    }
    const id = Number(sql.insert.run(input).lastInsertRowid);
    const period = periods.byId(id)!;
    history.record(
      { periodId: id, subject: 'period', subjectId: id, action: 'created' },
      null,
      { ...period, copiedFrom: source?.name ?? null },
      user,
      undefined,
    );
    if (source) {
      const ids = { to: id, from: source.id };
      sql.copyAreas.run(ids);
      sql.copyGoals.run(ids);
      sql.copyMeasures.run(ids);
      if (input.copyFrom?.targets) sql.copyTargets.run({ ...ids, ...input, user: user.username });
    }
    return period;
  });

  const change = db.transaction(
    (id: number, edit: PeriodChange, user: User): Period | undefined => {
      const stored = periods.byId(id);
      if (!stored) return undefined;
      if (edit.version !== undefined) expectVersion('period', stored, edit.version);
      const { name, startYear, endYear, vision, status, public: isPublic, reason } = edit;
      const fields = { name, startYear, endYear, vision, status, public: isPublic };
      const next: Period = {
        ...stored,
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
      };
      const diff = changedFields(stored, fields);
      if (!diff) return stored;
      if (next.name !== stored.name) refuseTakenName(next.name, id);
      if (next.status !== stored.status) {
        const needs = TRANSITIONS[stored.status][next.status];
        if (needs === undefined)
          refuseField(
            'status',
            `En period som är ${STATUS_WORDS[stored.status]} kan inte bli ${STATUS_WORDS[next.status]}`,
          );
        if (!may(user, needs))
          refuseField('status', 'Bara en administratör kan stänga eller öppna en period igen');
        if (stored.status === 'closed' && !reason)
          refuseField('reason', 'Skriv varför perioden öppnas igen');
      }
      if (next.startYear > next.endYear)
        refuseField('endYear', 'Sista året kan inte vara före det första');
      if (next.startYear !== stored.startYear || next.endYear !== stored.endYear) {
        if (sql.valuesOutside.get(next)!.n > 0) {
          refuseField(
            'startYear',
            'Perioden har målvärden eller målaktiviteter utanför de nya åren',
          );
        }
      }
      sql.update.run({ ...next, public: next.public ? 1 : 0, version: stored.version });
      history.record(
        { periodId: id, subject: 'period', subjectId: id, action: 'changed' },
        diff.old,
        diff.new,
        user,
        reason,
      );
      return periods.byId(id);
    },
  );

  return {
    /** IMMEDIATE: names and sources are read before the write. */
    create: (input: PeriodCreate, user: User) => create.immediate(input, user),
    change: (id: number, edit: PeriodChange, user: User) => change.immediate(id, edit, user),
  };
}

const STATUS_WORDS: Record<PeriodStatus, string> = {
  planning: 'under planering',
  active: 'aktiv',
  closed: 'stängd',
};
