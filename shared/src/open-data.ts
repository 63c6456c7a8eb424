import {
  assessPeriodStatus,
  assessYear,
  NO_DATA_REASON_TEXTS,
  PERIOD_STATUS_LABELS,
  periodStatusKey,
  STATE_LABELS,
} from './assessment';
import { toCsv, type CsvCell } from './csv';
import { OUTCOME_STATUS_LABELS } from './schemas/import';
import { periodStatusSentence } from './period-status-text';
import type { ExportMeasure } from './schemas/export';
import type { Licence } from './schemas/organisation';
import type { Measure } from './schemas/measure';
import type { Period } from './schemas/period';

// Open data: the measures with every year's figures and both assessments, as JSON and as CSV
// for Excel (";" separated, decimal comma, UTF-8 BOM, Swedish headers). One table for the
// server's exports (CSV, XLSX) and the pages' downloads, as activitiesCsv is for activities.

type PeriodYears = Pick<Period, 'startYear' | 'endYear'>;

export function exportMeasure(measure: Measure, period: PeriodYears): ExportMeasure {
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
    updatedAt: measure.updatedAt,
    periodStatus: assessPeriodStatus(measure, period),
    years: years.map((year) => {
      const outcome = measure.outcomes.find((o) => o.year === year);
      const target = measure.targets.find((t) => t.year === year);
      const { state, noDataReasons } = assessYear(measure, year);
      // As it stood with this year's outcome: none outside the period or without an outcome,
      // so that no row reads as assessed when it was not.
      const inPeriod = year >= period.startYear && year <= period.endYear;
      const measured = inPeriod && outcome?.value != null;
      const status = measured ? assessPeriodStatus(measure, period, year) : null;
      return {
        year,
        outcome: outcome?.value ?? null,
        outcomeStatus: outcome?.status ?? null,
        outcomeNote: outcome?.note ?? null,
        target: target?.value ?? null,
        targetNote: target?.note ?? null,
        state,
        stateLabel: STATE_LABELS[state],
        noDataReasons,
        periodStatus: status && periodStatusKey(status),
        periodStatusText: status && periodStatusSentence(status, measure),
      };
    }),
  };
}

// Resultatmått, År, Utfall, Status, Not and Målvärde are named as in the import template, so
// this file can be imported back (the other columns are ignored there).
export const MEASURE_HEADER = [
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
  'Bedömning mot årets målvärde',
  'Varför bedömning saknas',
  'Läge mot slutmålet till och med året',
  'Skäl för läget mot slutmålet',
  'Senast uppdaterad',
];

export function measureRows(measures: readonly ExportMeasure[]): CsvCell[][] {
  return measures.flatMap((m) =>
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
      y.noDataReasons.map((r) => NO_DATA_REASON_TEXTS[r]).join('. ') || null,
      y.periodStatus && PERIOD_STATUS_LABELS[y.periodStatus],
      y.periodStatusText,
      m.updatedAt,
    ]),
  );
}

export function measuresCsv(measures: readonly ExportMeasure[], licence: Licence): string {
  return toCsv(MEASURE_HEADER, measureRows(measures), licence);
}
