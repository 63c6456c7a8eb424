import {
  assessYear,
  OUTCOME_STATUS_LABELS,
  STATE_LABELS,
  toCsv,
  type ExportMeasure,
  type Licence,
  type Measure,
} from '@malbild/shared';

// Open data: the measures with every year's figures and assessment, as JSON and as CSV for
// Excel (";" separated, decimal comma, UTF-8 BOM, Swedish headers). The activities' CSV is
// activitiesCsv in shared, the same file the public page downloads.

export function exportMeasure(measure: Measure): ExportMeasure {
  const years = [...new Set([...measure.outcomes, ...measure.targets].map((v) => v.year))].sort(
    (a, b) => a - b,
  );
  return {
    number: measure.number,
    name: measure.name,
    statement: measure.statement,
    goal: measure.goal.name,
    area: measure.area.name,
    dataSource: measure.dataSource,
    category: measure.category,
    unit: measure.unit,
    direction: measure.direction,
    decimals: measure.decimals,
    koladaKpi: measure.koladaKpi,
    years: years.map((year) => {
      const outcome = measure.outcomes.find((o) => o.year === year);
      const target = measure.targets.find((t) => t.year === year);
      const { state } = assessYear(measure, year);
      return {
        year,
        outcome: outcome?.value ?? null,
        outcomeStatus: outcome?.status ?? null,
        outcomeNote: outcome?.note ?? null,
        target: target?.value ?? null,
        targetNote: target?.note ?? null,
        state,
        stateLabel: STATE_LABELS[state],
      };
    }),
  };
}

// Resultatmått, År, Utfall, Status, Not and Målvärde are named as in the import template, so
// this file can be imported back (the other columns are ignored there).
const MEASURE_HEADER = [
  'Resultatmått',
  'Namn',
  'Verksamhetsmål',
  'Målområde',
  'Enhet',
  'År',
  'Utfall',
  'Status',
  'Not',
  'Målvärde',
  'Not till målvärdet',
  'Bedömning',
];

export function measuresCsv(measures: ExportMeasure[], licence: Licence): string {
  const rows = measures.flatMap((m) =>
    m.years.map((y) => [
      m.number,
      m.name,
      m.goal,
      m.area,
      m.unit,
      y.year,
      y.outcome,
      y.outcomeStatus && OUTCOME_STATUS_LABELS[y.outcomeStatus],
      y.outcomeNote,
      y.target,
      y.targetNote,
      y.stateLabel,
    ]),
  );
  return toCsv(MEASURE_HEADER, rows, licence);
}
