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
  updatedAt: string | null;
  id: number;
  seriesId: number;
  startYear: number;
  responsibleUnit: string | null;
  retired: number;
  continuesPeriodId: number | null;
  continuesPeriodName: string | null;
  continuesNumber: number | null;
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

// A seeded figure (no updated_by) dates from its document, not from when the database was built.
const UPDATED_AT = `
  SELECT MAX(CASE WHEN v.updated_by IS NULL AND s.date IS NOT NULL THEN s.date ELSE v.updated_at END)
  FROM (SELECT updated_at, updated_by, source_id FROM outcomes WHERE series_id = m.series_id
        UNION ALL
        SELECT updated_at, updated_by, source_id FROM targets WHERE measure_id = m.id) v
  LEFT JOIN source_documents s ON s.id = v.source_id`;

const MEASURE_SELECT = `
  SELECT m.id, m.number, m.name, m.statement, m.data_source AS dataSource, m.category, m.unit,
    m.scale_min AS scaleMin, m.scale_max AS scaleMax, m.direction, m.decimals,
    m.kolada_kpi AS koladaKpi, m.series_id AS seriesId, p.start_year AS startYear,
    m.responsible_unit AS responsibleUnit, m.retired_at IS NOT NULL AS retired,
    c.period_id AS continuesPeriodId, cp.name AS continuesPeriodName, c.number AS continuesNumber,
    (${UPDATED_AT}) AS updatedAt,
    g.id AS goalId, g.name AS goalName, a.id AS areaId, a.name AS areaName
  FROM measures m
  JOIN periods p ON p.id = m.period_id
  JOIN goals g ON g.id = m.goal_id
  JOIN areas a ON a.id = g.area_id
  LEFT JOIN measures c ON c.id = m.continues_id
  LEFT JOIN periods cp ON cp.id = c.period_id`;

// measure = resultatmått, outcome = utfall, target = målvärde.
export function createMeasureQueries(db: Db) {
  const listByPeriod = db.prepare<[number], MeasureRow>(
    `${MEASURE_SELECT} WHERE m.period_id = ? ORDER BY m.number`,
  );
  const byNumber = db.prepare<{ periodId: number; number: number }, MeasureRow>(
    `${MEASURE_SELECT} WHERE m.period_id = @periodId AND m.number = @number`,
  );
  // The outcomes belong to the series: a measure continuing an earlier one shows them all.
  const outcomes = db.prepare<[number], Outcome>(
    'SELECT year, value, status, note FROM outcomes WHERE series_id = ? ORDER BY year',
  );
  // The measure's own targets, and for the years before its period those of the earlier periods
  // of its series (the latest period's where two had the year).
  const targets = db.prepare<{ id: number; seriesId: number; startYear: number }, Target>(
    `SELECT year, value, note FROM (
       SELECT t.year, t.value, t.note,
         row_number() OVER (PARTITION BY t.year ORDER BY t.measure_id = :id DESC, p.start_year DESC) AS rank
       FROM targets t
       JOIN measures m ON m.id = t.measure_id
       JOIN periods p ON p.id = m.period_id
       WHERE m.series_id = :seriesId AND (m.id = :id OR t.year < :startYear))
     WHERE rank = 1 ORDER BY year`,
  );
  // Outcomes other documents published belong to the series, as the outcomes do.
  const publishedValues = db.prepare<{ id: number }, PublishedValueRow>(
    `SELECT p.kind, p.year, p.value, p.note,
       s.id AS sourceId, s.title AS sourceTitle, s.date AS sourceDate
     FROM published_values p JOIN source_documents s ON s.id = p.source_id
     WHERE p.measure_id = :id
       OR (p.kind = 'outcome' AND p.measure_id IN (SELECT id FROM measures
             WHERE series_id = (SELECT series_id FROM measures WHERE id = :id)))
     ORDER BY p.year, p.kind, s.date`,
  );

  function toMeasure({
    id,
    seriesId,
    startYear,
    retired,
    continuesPeriodId,
    continuesPeriodName,
    continuesNumber,
    goalId,
    goalName,
    areaId,
    areaName,
    ...definition
  }: MeasureRow): Measure {
    return {
      ...definition,
      retired: retired === 1,
      continues:
        continuesPeriodId === null
          ? null
          : {
              periodId: continuesPeriodId,
              periodName: continuesPeriodName ?? '',
              number: continuesNumber ?? 0,
            },
      goal: { id: goalId, name: goalName },
      area: { id: areaId, name: areaName },
      outcomes: outcomes.all(seriesId),
      targets: targets.all({ id, seriesId, startYear }),
    };
  }

  function publishedValuesOf(measureId: number): PublishedValue[] {
    return publishedValues
      .all({ id: measureId })
      .map(({ sourceId, sourceTitle, sourceDate, ...value }) => ({
        ...value,
        source: { id: sourceId, title: sourceTitle, date: sourceDate },
      }));
  }

  return {
    list: (periodId: number): Measure[] => listByPeriod.all(periodId).map(toMeasure),
    /** Figures other documents published for the measure (by its row id). */
    publishedValues: publishedValuesOf,
    exists: (periodId: number, number: number): boolean =>
      byNumber.get({ periodId, number }) !== undefined,
    detail(periodId: number, number: number): MeasureDetail | undefined {
      const row = byNumber.get({ periodId, number });
      return row && { ...toMeasure(row), publishedValues: publishedValuesOf(row.id) };
    },
  };
}
