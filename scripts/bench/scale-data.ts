// A database ×100 the seed, to see how the API grows with the data: the seed's period stays the
// current one and gets its activities 100 times over; 99 earlier periods (copies of the seed's
// goals and 17 measures with their outcomes, targets and activities, shifted back in time) make
// the history that every query must skip. About 1 700 measures and 100 000 activities in all.
import { existsSync, rmSync } from 'node:fs';
import { openDatabase, type Db } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { countRows, importSeed, type RowCounts } from '../../server/src/db/seed-import';
import { publishExistingPlans } from '../../server/src/db/unit-reviews';

export interface ScaleOptions {
  /** Periods in all, the seed's included. */
  periods: number;
  /** How many times the current period holds each seed activity. */
  currentCopies: number;
  /** How many times each earlier period holds each seed activity. */
  earlierCopies: number;
}

export const SCALE_X100: ScaleOptions = { periods: 100, currentCopies: 100, earlierCopies: 4 };

// Copies of one activity in the same measure and year get positions 1000 apart (positions are
// unique per measure and year).
const POSITION_STRIDE = 1000;

function prepareCopies(db: Db) {
  return {
    seedPeriod: db.prepare<[], { id: number; startYear: number }>(
      'SELECT id, start_year AS startYear FROM periods ORDER BY id LIMIT 1',
    ),
    period: db.prepare(`INSERT INTO periods (name, start_year, end_year, vision, source_id)
      SELECT @name, @startYear, @startYear + (end_year - start_year), vision, source_id
      FROM periods WHERE id = @from`),
    areas: db.prepare(`INSERT INTO areas (period_id, position, name)
      SELECT @to, position, name FROM areas WHERE period_id = @from`),
    goals: db.prepare(`INSERT INTO goals (area_id, position, name, description, focus)
      SELECT na.id, g.position, g.name, g.description, g.focus
      FROM goals g JOIN areas a ON a.id = g.area_id
      JOIN areas na ON na.period_id = @to AND na.position = a.position
      WHERE a.period_id = @from`),
    // Each copied measure is a series of its own, numbered from @seriesBase by measure number.
    seriesBase: db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM series').pluck(),
    series: db.prepare(`INSERT INTO series (id)
      SELECT @seriesBase + number FROM measures WHERE period_id = @from`),
    measures: db.prepare(`INSERT INTO measures (period_id, goal_id, number, name, statement,
        data_source, category, unit, scale_min, scale_max, direction, decimals, kolada_kpi, source_id,
        series_id)
      SELECT @to, ng.id, m.number, m.name, m.statement, m.data_source, m.category, m.unit,
        m.scale_min, m.scale_max, m.direction, m.decimals, m.kolada_kpi, m.source_id,
        @seriesBase + m.number
      FROM measures m JOIN goals g ON g.id = m.goal_id JOIN areas a ON a.id = g.area_id
      JOIN areas na ON na.period_id = @to AND na.position = a.position
      JOIN goals ng ON ng.area_id = na.id AND ng.position = g.position
      WHERE m.period_id = @from`),
    outcomes: db.prepare(`INSERT INTO outcomes (series_id, year, value, status, note, source_id)
      SELECT nm.series_id, o.year + @shift, o.value, o.status, o.note, o.source_id
      FROM outcomes o JOIN measures m ON m.series_id = o.series_id
      JOIN measures nm ON nm.period_id = @to AND nm.number = m.number WHERE m.period_id = @from`),
    targets: db.prepare(`INSERT INTO targets (measure_id, year, value, note, source_id)
      SELECT nm.id, t.year + @shift, t.value, t.note, t.source_id
      FROM targets t JOIN measures m ON m.id = t.measure_id
      JOIN measures nm ON nm.period_id = @to AND nm.number = m.number WHERE m.period_id = @from`),
    publishedValues: db.prepare(`INSERT INTO published_values
        (measure_id, kind, year, value, note, source_id)
      SELECT nm.id, p.kind, p.year + @shift, p.value, p.note, p.source_id
      FROM published_values p JOIN measures m ON m.id = p.measure_id
      JOIN measures nm ON nm.period_id = @to AND nm.number = m.number WHERE m.period_id = @from`),
    seedActivities: db.prepare<[number], { id: number; number: number }>(
      `SELECT a.id, m.number FROM activities a JOIN measures m ON m.id = a.measure_id
       WHERE m.period_id = ? ORDER BY a.id`,
    ),
    activity: db.prepare(`INSERT INTO activities (measure_id, year, position, units_raw,
        verksamhet, text, antal, antal_min, antal_max, count_unit, comment, source_id)
      SELECT (SELECT id FROM measures WHERE period_id = @to AND number = @number),
        year + @shift, position + @copy * ${POSITION_STRIDE}, units_raw, verksamhet, text, antal,
        antal_min, antal_max, count_unit, comment, source_id
      FROM activities WHERE id = @from`),
    activityUnits: db.prepare(`INSERT INTO activity_units (activity_id, unit_code, position)
      SELECT @to, unit_code, position FROM activity_units WHERE activity_id = @from`),
  };
}

function copyActivities(
  copy: ReturnType<typeof prepareCopies>,
  activities: { id: number; number: number }[],
  to: { periodId: number; shift: number },
  copies: number[],
): void {
  for (const c of copies) {
    for (const { id, number } of activities) {
      const params = { to: to.periodId, number, shift: to.shift, copy: c, from: id };
      const newId = Number(copy.activity.run(params).lastInsertRowid);
      copy.activityUnits.run({ to: newId, from: id });
    }
  }
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Builds the scaled database at `path` from the seed; replaces any file there. */
export function generateScaleDatabase(
  path: string,
  seedDir: string,
  options: ScaleOptions = SCALE_X100,
): RowCounts {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path + suffix)) rmSync(path + suffix);
  }
  const db = openDatabase(path);
  try {
    migrate(db);
    importSeed(db, seedDir);
    const copy = prepareCopies(db);
    db.transaction(() => {
      const seed = copy.seedPeriod.get();
      if (!seed) throw new Error('The seed has no period');
      const activities = copy.seedActivities.all(seed.id);
      copyActivities(
        copy,
        activities,
        { periodId: seed.id, shift: 0 },
        range(1, options.currentCopies),
      );
      // Earlier periods start a year apart, so they stay within the schema's year range and none
      // of them contains the seed's latest activity year: the seed's period stays current.
      for (let k = 1; k < options.periods; k += 1) {
        const shift = -(k + 1);
        const startYear = seed.startYear + shift;
        const periodId = Number(
          copy.period.run({ name: `Genererad period ${k}`, startYear, from: seed.id })
            .lastInsertRowid,
        );
        const ids = { to: periodId, from: seed.id, shift };
        copy.areas.run({ to: periodId, from: seed.id });
        copy.goals.run({ to: periodId, from: seed.id });
        const seriesBase = copy.seriesBase.get()!;
        copy.series.run({ from: seed.id, seriesBase });
        copy.measures.run({ to: periodId, from: seed.id, seriesBase });
        copy.outcomes.run(ids);
        copy.targets.run(ids);
        copy.publishedValues.run(ids);
        copyActivities(copy, activities, { periodId, shift }, range(0, options.earlierCopies));
      }
      // Published as the seed's plans are, so that the public reads all of them.
      publishExistingPlans(db);
    }).immediate();
    db.pragma('optimize');
    return countRows(db);
  } finally {
    db.close();
  }
}
