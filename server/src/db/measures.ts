import type {
  Measure,
  MeasureDefinition,
  MeasureDetail,
  Outcome,
  PublishedValue,
  Target,
} from '@malbild/shared';
import type { Db } from './connection';

type MeasureRow = MeasureDefinition & {
  id: number;
  goalId: number;
  goalName: string;
  areaId: number;
  areaName: string;
};

type PublishedValueRow = Omit<PublishedValue, 'source'> & {
  sourceId: string;
  sourceTitle: string;
  sourceDate: string;
};

const MEASURE_SELECT = `
  SELECT m.id, m.number, m.name, m.statement, m.data_source AS dataSource, m.category, m.unit,
    m.scale_min AS scaleMin, m.scale_max AS scaleMax, m.direction, m.decimals,
    m.kolada_kpi AS koladaKpi, g.id AS goalId, g.name AS goalName, a.id AS areaId, a.name AS areaName
  FROM measures m
  JOIN goals g ON g.id = m.goal_id
  JOIN areas a ON a.id = g.area_id`;

// measure = resultatmått, outcome = utfall, target = målvärde.
export function createMeasureQueries(db: Db) {
  const listByPeriod = db.prepare<[number], MeasureRow>(
    `${MEASURE_SELECT} WHERE m.period_id = ? ORDER BY m.number`,
  );
  const byNumber = db.prepare<{ periodId: number; number: number }, MeasureRow>(
    `${MEASURE_SELECT} WHERE m.period_id = @periodId AND m.number = @number`,
  );
  const outcomes = db.prepare<[number], Outcome>(
    'SELECT year, value, status, note FROM outcomes WHERE measure_id = ? ORDER BY year',
  );
  const targets = db.prepare<[number], Target>(
    'SELECT year, value, note FROM targets WHERE measure_id = ? ORDER BY year',
  );
  const publishedValues = db.prepare<[number], PublishedValueRow>(
    `SELECT p.kind, p.year, p.value, p.note,
       s.id AS sourceId, s.title AS sourceTitle, s.date AS sourceDate
     FROM published_values p JOIN source_documents s ON s.id = p.source_id
     WHERE p.measure_id = ?
     ORDER BY p.year, p.kind, s.date`,
  );

  // A seeded value is as of its document's date; an entered or imported one as of its entry.
  const dataDate = db
    .prepare<[number], string | null>(
      `SELECT max(CASE WHEN v.updated_by IS NULL THEN s.date ELSE substr(v.updated_at, 1, 10) END)
       FROM (SELECT measure_id, source_id, updated_at, updated_by FROM outcomes
             UNION ALL SELECT measure_id, source_id, updated_at, updated_by FROM targets) v
       JOIN measures m ON m.id = v.measure_id
       LEFT JOIN source_documents s ON s.id = v.source_id
       WHERE m.period_id = ?`,
    )
    .pluck();

  function toMeasure({
    id,
    goalId,
    goalName,
    areaId,
    areaName,
    ...definition
  }: MeasureRow): Measure {
    return {
      ...definition,
      goal: { id: goalId, name: goalName },
      area: { id: areaId, name: areaName },
      outcomes: outcomes.all(id),
      targets: targets.all(id),
    };
  }

  function publishedValuesOf(measureId: number): PublishedValue[] {
    return publishedValues
      .all(measureId)
      .map(({ sourceId, sourceTitle, sourceDate, ...value }) => ({
        ...value,
        source: { id: sourceId, title: sourceTitle, date: sourceDate },
      }));
  }

  return {
    list: (periodId: number): Measure[] => listByPeriod.all(periodId).map(toMeasure),
    /** Figures other documents published for the measure (by its row id). */
    publishedValues: publishedValuesOf,
    /** The day the period's newest figure is from (YYYY-MM-DD), null before the first. */
    dataDate: (periodId: number): string | null => dataDate.get(periodId) ?? null,
    exists: (periodId: number, number: number): boolean =>
      byNumber.get({ periodId, number }) !== undefined,
    detail(periodId: number, number: number): MeasureDetail | undefined {
      const row = byNumber.get({ periodId, number });
      return row && { ...toMeasure(row), publishedValues: publishedValuesOf(row.id) };
    },
  };
}
