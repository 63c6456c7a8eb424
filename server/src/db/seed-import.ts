import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  SEED_FILES,
  SeedActivitySchema,
  SeedInternalControlSchema,
  SeedMeasureSchema,
  SeedOrganisationSchema,
  SeedPeriodSchema,
  SeedUnitSchema,
  type SeedActivity,
  type SeedInternalControl,
  type SeedMeasure,
  type SeedOrganisation,
  type SeedPeriod,
  type SeedUnit,
  type SourceDocument,
} from '@malbild/shared';
import type { Db } from './connection';
import { insertInternalControlSeed } from './internal-control';
import { publishExistingPlans } from './unit-reviews';

export interface Seed {
  period: SeedPeriod;
  measures: SeedMeasure[];
  activities: SeedActivity[];
  units: SeedUnit[];
  organisation: SeedOrganisation;
  internalControl: SeedInternalControl;
}

function readSeedFile<T extends z.ZodType>(seedDir: string, file: string, schema: T): z.output<T> {
  const path = join(seedDir, file);
  const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.success)
    throw new Error(`${path} does not match its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and validates data/seed/*.json (the files scripts/extract-seed.ts writes). */
export function readSeed(seedDir: string): Seed {
  return {
    period: readSeedFile(seedDir, SEED_FILES.period, SeedPeriodSchema),
    measures: readSeedFile(seedDir, SEED_FILES.measures, z.array(SeedMeasureSchema)),
    activities: readSeedFile(seedDir, SEED_FILES.activities, z.array(SeedActivitySchema)),
    units: readSeedFile(seedDir, SEED_FILES.units, z.array(SeedUnitSchema)),
    organisation: readSeedFile(seedDir, SEED_FILES.organisation, SeedOrganisationSchema),
    internalControl: readSeedFile(seedDir, SEED_FILES.internalControl, SeedInternalControlSchema),
  };
}

/** Every document the seed cites, once; the same id must always mean the same document. */
function collectSourceDocuments(seed: Seed): SourceDocument[] {
  const cited = [
    seed.period.source,
    ...seed.measures.flatMap((m) => [m.source, ...m.publishedValues.map((p) => p.source)]),
    ...seed.activities.flatMap((a) => (a.followUp ? [a.source, a.followUp.source] : [a.source])),
    ...seed.internalControl.risks.map((r) => r.source),
    ...seed.internalControl.plans.flatMap((p) => [p.source, ...p.history.map((h) => h.source)]),
  ];
  const byId = new Map<string, SourceDocument>();
  for (const document of cited) {
    const known = byId.get(document.id);
    if (known && (known.title !== document.title || known.date !== document.date)) {
      throw new Error(`Source document ${document.id} is cited with two different titles or dates`);
    }
    byId.set(document.id, document);
  }
  return [...byId.values()];
}

function prepareInserts(db: Db) {
  return {
    sourceDocument: db.prepare(
      'INSERT INTO source_documents (id, title, date) VALUES (@id, @title, @date)',
    ),
    // The seeded period is the council's decision, public: active.
    period: db.prepare(`INSERT INTO periods (name, start_year, end_year, vision, source_id, status)
      VALUES (@name, @startYear, @endYear, @vision, @sourceId, 'active')`),
    area: db.prepare(
      'INSERT INTO areas (period_id, position, name) VALUES (@periodId, @position, @name)',
    ),
    goal: db.prepare(`INSERT INTO goals (area_id, position, name, description, focus)
      VALUES (@areaId, @position, @name, @description, @focus)`),
    series: db.prepare('INSERT INTO series DEFAULT VALUES'),
    measure: db.prepare(`INSERT INTO measures (period_id, goal_id, number, name, statement,
        data_source, category, unit, scale_min, scale_max, direction, decimals, kolada_kpi, source_id,
        series_id)
      VALUES (@periodId, @goalId, @number, @name, @statement, @dataSource, @category, @unit,
        @scaleMin, @scaleMax, @direction, @decimals, @koladaKpi, @sourceId, @seriesId)`),
    outcome: db.prepare(`INSERT INTO outcomes (series_id, year, value, status, note, source_id)
      VALUES (@seriesId, @year, @value, @status, @note, @sourceId)`),
    target: db.prepare(`INSERT INTO targets (measure_id, year, value, note, source_id)
      VALUES (@measureId, @year, @value, @note, @sourceId)`),
    publishedValue: db.prepare(`INSERT INTO published_values
        (measure_id, kind, year, value, note, source_id)
      VALUES (@measureId, @kind, @year, @value, @note, @sourceId)`),
    unit: db.prepare('INSERT INTO units (code, name) VALUES (@code, @name)'),
    organisationName: db.prepare('UPDATE organisation SET name = @name WHERE id = 1'),
    activity: db.prepare(`INSERT INTO activities (measure_id, year, position, units_raw, verksamhet,
        text, antal, antal_min, antal_max, count_unit, comment, source_id)
      VALUES (@measureId, @year, @position, @unitsRaw, @verksamhet, @text, @antal, @antalMin,
        @antalMax, @countUnit, @comment, @sourceId)`),
    activityUnit: db.prepare(`INSERT INTO activity_units (activity_id, unit_code, position)
      VALUES (@activityId, @unitCode, @position)`),
    // A follow-up the documents report is by the document (created_by 'seed', never an account)
    // and dated as it; the activity's status mirrors it as for a follow-up made in the app.
    activityFollowUp: db.prepare(`INSERT INTO activity_follow_ups (activity_id, status, comment,
        dated, created_by, created_at, source_id, source_page)
      VALUES (@activityId, @status, @comment, @date, 'seed', @date, @sourceId, @page)`),
    activityStatus: db.prepare('UPDATE activities SET status = @status WHERE id = @activityId'),
    movedFrom: db.prepare('UPDATE activities SET moved_from = @movedFrom WHERE id = @activityId'),
  };
}
type Inserts = ReturnType<typeof prepareInserts>;

function newId(
  statement: { run(params: object): { lastInsertRowid: number | bigint } },
  params: object,
) {
  return Number(statement.run(params).lastInsertRowid);
}

/** Inserts the period with its areas and goals; returns goal ids by goal name. */
function insertPeriod(
  insert: Inserts,
  period: SeedPeriod,
): { periodId: number; goalIds: Map<string, number> } {
  const periodId = newId(insert.period, { ...period, sourceId: period.source.id });
  const goalIds = new Map<string, number>();
  period.areas.forEach((area, areaIndex) => {
    const areaId = newId(insert.area, { periodId, position: areaIndex + 1, name: area.name });
    area.goals.forEach((goal, goalIndex) => {
      if (goalIds.has(goal.name))
        throw new Error(`Goal "${goal.name}" appears twice in the period`);
      const description = JSON.stringify(goal.description);
      const focus = JSON.stringify(goal.focus);
      const goalId = newId(insert.goal, {
        areaId,
        position: goalIndex + 1,
        name: goal.name,
        description,
        focus,
      });
      goalIds.set(goal.name, goalId);
    });
  });
  return { periodId, goalIds };
}

function insertMeasure(
  insert: Inserts,
  periodId: number,
  goalIds: Map<string, number>,
  measure: SeedMeasure,
) {
  const goalId = goalIds.get(measure.goal);
  if (goalId === undefined) {
    throw new Error(
      `Measure ${measure.number} belongs to goal "${measure.goal}", which the period lacks`,
    );
  }
  const sourceId = measure.source.id;
  const seriesId = Number(insert.series.run().lastInsertRowid);
  const measureId = newId(insert.measure, { ...measure, periodId, goalId, sourceId, seriesId });
  for (const outcome of measure.outcomes) insert.outcome.run({ ...outcome, seriesId, sourceId });
  for (const target of measure.targets) insert.target.run({ ...target, measureId, sourceId });
  for (const published of measure.publishedValues) {
    insert.publishedValue.run({ ...published, measureId, sourceId: published.source.id });
  }
  return measureId;
}

function insertActivity(
  insert: Inserts,
  measureIds: Map<number, number>,
  activity: SeedActivity,
  units: Set<string>,
) {
  const measureId = measureIds.get(activity.measureNumber);
  const where = `Activity ${activity.year}/${activity.measureNumber}/${activity.position}`;
  if (measureId === undefined) throw new Error(`${where} refers to an unknown measure`);
  const unknownUnits = activity.units.filter((code) => !units.has(code));
  if (unknownUnits.length > 0)
    throw new Error(`${where} names unknown units: ${unknownUnits.join(', ')}`);
  const activityId = newId(insert.activity, {
    ...activity,
    measureId,
    sourceId: activity.source.id,
  });
  activity.units.forEach((unitCode, index) => {
    insert.activityUnit.run({ activityId, unitCode, position: index + 1 });
  });
  const { followUp } = activity;
  if (followUp) {
    insert.activityFollowUp.run({ ...followUp, activityId, sourceId: followUp.source.id });
    insert.activityStatus.run({ activityId, status: followUp.status });
  }
  return activityId;
}

const activityKey = (a: { year: number; measureNumber: number; position: number }) =>
  `${a.year}/${a.measureNumber}/${a.position}`;

/** Links each activity moved from an earlier year to that year's row, once all are inserted. */
function linkMovedActivities(insert: Inserts, activities: readonly SeedActivity[], ids: number[]) {
  const idOf = new Map(activities.map((activity, index) => [activityKey(activity), ids[index]]));
  activities.forEach((activity, index) => {
    if (!activity.movedFrom) return;
    const movedFrom = idOf.get(activityKey(activity.movedFrom));
    if (movedFrom === undefined) {
      throw new Error(`Activity ${activityKey(activity)} is moved from a row the seed lacks`);
    }
    insert.movedFrom.run({ activityId: ids[index], movedFrom });
  });
}

/** Inserts a validated seed into a migrated, empty database, all or nothing. */
export function insertSeed(db: Db, seed: Seed): RowCounts {
  const insert = prepareInserts(db);
  const sourceDocuments = collectSourceDocuments(seed);
  db.transaction(() => {
    for (const document of sourceDocuments) insert.sourceDocument.run(document);
    insert.organisationName.run(seed.organisation);
    const { periodId, goalIds } = insertPeriod(insert, seed.period);
    const measureIds = new Map<number, number>();
    for (const measure of seed.measures) {
      measureIds.set(measure.number, insertMeasure(insert, periodId, goalIds, measure));
    }
    for (const unit of seed.units) insert.unit.run(unit);
    const unitCodes = new Set(seed.units.map((unit) => unit.code));
    const activityIds = seed.activities.map((activity) =>
      insertActivity(insert, measureIds, activity, unitCodes),
    );
    linkMovedActivities(insert, seed.activities, activityIds);
    publishExistingPlans(db);
    insertInternalControlSeed(db, seed.internalControl);
  }).immediate();
  return countRows(db);
}

const TABLES = [
  'source_documents',
  'periods',
  'areas',
  'goals',
  'measures',
  'outcomes',
  'targets',
  'published_values',
  'units',
  'activities',
  'activity_units',
  'control_risks',
  'control_plans',
  'control_points',
  'control_plan_history',
] as const;
export type RowCounts = Record<(typeof TABLES)[number], number>;

/** Rows per seeded table, as stored (not as the seed claims). */
export function countRows(db: Db): RowCounts {
  const counts = TABLES.map((table) => {
    const row = db.prepare(`SELECT count(*) AS count FROM ${table}`).get() as { count: number };
    return [table, row.count] as const;
  });
  return Object.fromEntries(counts) as RowCounts;
}

/** Reads data/seed and inserts it in one transaction. */
export function importSeed(db: Db, seedDir: string): RowCounts {
  return insertSeed(db, readSeed(seedDir));
}
