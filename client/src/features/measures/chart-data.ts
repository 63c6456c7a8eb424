import type {
  ComparisonSeries,
  Measure,
  MeasureComparison,
  MeasurePeriodAssessment,
  MeasureWithAssessment,
} from '@malbild/shared';
import { strings } from './strings';

/** Where a footnote's reference is drawn: beside its point, or under the year when no point exists. */
export type FootnoteAnchor = 'outcome' | 'target' | 'axis';

/** A footnote at one point: an outcome or target of one year. */
export interface FootnoteRef {
  /** 1, 2, 3 … in year order, as in the documents' "1) Aug"; the same text keeps its number. */
  number: number;
  year: number;
  kind: 'outcome' | 'target';
  text: string;
  anchor: FootnoteAnchor;
}

/** A footnote's text once, with every point it belongs to. */
export interface Footnote {
  number: number;
  text: string;
  refs: Pick<FootnoteRef, 'year' | 'kind'>[];
}

/** One year of a chart, and of the table that carries the same figures. */
export interface ChartRow {
  year: number;
  outcome: number | null;
  /** Preliminary or part of the year: drawn hollow. */
  provisional: boolean;
  target: number | null;
  /** The end year's target (also in `target`), drawn apart from the yearly targets. */
  endTarget: number | null;
  /** The straight line from the baseline to the end target (only at its two ends). */
  guide: number | null;
  /** The least-squares trend, from the baseline year to the end year. */
  trend: number | null;
  /** Kolada's figure for the whole country, when the measure is compared. */
  country: number | null;
  /** The comparison group's unweighted mean, when the measure is compared. */
  group: number | null;
  footnotes: FootnoteRef[];
}

/** What the comparison lines are: titles, Kolada's KPI and when the figures were fetched. */
export interface ChartComparison {
  kpi: string;
  fetchedAt: string;
  country: string | null;
  group: string | null;
}

export interface ChartData {
  rows: ChartRow[];
  footnotes: Footnote[];
  endYear: number;
  /** null when nothing is compared: no Kolada id, nothing fetched, or Kolada never reached. */
  comparison: ChartComparison | null;
}

type ChartMeasure = Pick<Measure, 'outcomes' | 'targets'>;

function outcomeFootnoteText(outcome: Measure['outcomes'][number]): string | null {
  if (outcome.note) return outcome.note;
  if (outcome.status === 'preliminary') return strings.preliminary;
  if (outcome.status === 'partial') return strings.partialYear;
  return null;
}

/** Numbers each distinct text once, in order of first appearance. */
function numberFootnotes(footnotes: Footnote[], ref: Omit<FootnoteRef, 'number'>): FootnoteRef {
  let footnote = footnotes.find((f) => f.text === ref.text);
  if (!footnote) {
    footnote = { number: footnotes.length + 1, text: ref.text, refs: [] };
    footnotes.push(footnote);
  }
  footnote.refs.push({ year: ref.year, kind: ref.kind });
  return { ...ref, number: footnote.number };
}

function yearRange(measure: ChartMeasure, endYear: number): number[] {
  const years = [...measure.outcomes, ...measure.targets].map((row) => row.year);
  const first = Math.min(...years, endYear);
  const last = Math.max(...years, endYear);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Trend value in `year`, from the projection's value in the end year and its slope. */
function trendAt(assessment: MeasurePeriodAssessment | undefined, year: number): number | null {
  const { baseline, projection } = assessment ?? {};
  if (!baseline?.ok || !projection?.ok) return null;
  if (year < baseline.value.year || year > projection.value.endYear) return null;
  return projection.value.value - projection.value.slopePerYear * (projection.value.endYear - year);
}

function guideAt(
  assessment: MeasurePeriodAssessment | undefined,
  year: number,
  endYear: number,
  endTarget: number | null,
): number | null {
  const baseline = assessment?.baseline;
  if (!baseline?.ok || endTarget === null) return null;
  if (year === baseline.value.year) return baseline.value.value;
  return year === endYear ? endTarget : null;
}

function seriesOf(comparison: MeasureComparison | undefined, kind: ComparisonSeries['kind']) {
  return comparison?.series.find((s) => s.kind === kind);
}

/** The comparison over the chart's years: a line only when it has a figure within them. */
function chartComparison(
  comparison: MeasureComparison | undefined,
  rows: readonly ChartRow[],
): ChartComparison | null {
  const shown = (key: 'country' | 'group') => rows.some((row) => row[key] !== null);
  if (!comparison || (!shown('country') && !shown('group'))) return null;
  return {
    kpi: comparison.kpi,
    fetchedAt: comparison.fetchedAt,
    country: shown('country') ? (seriesOf(comparison, 'country')?.title ?? null) : null,
    group: shown('group') ? (seriesOf(comparison, 'group')?.title ?? null) : null,
  };
}

/**
 * Every year from the first figure to the end year, with the figures and footnotes of each:
 * one source for the chart, its table and its text alternative. The comparison (Kolada's
 * country and group figures) is optional and never widens the years.
 */
export function buildChartData(
  measure: ChartMeasure,
  endYear: number,
  assessment?: MeasurePeriodAssessment,
  comparison?: MeasureComparison,
): ChartData {
  const compared = (kind: ComparisonSeries['kind'], year: number) =>
    seriesOf(comparison, kind)?.values.find((v) => v.year === year)?.value ?? null;
  const footnotes: Footnote[] = [];
  const endTarget = measure.targets.find((t) => t.year === endYear)?.value ?? null;
  const rows = yearRange(measure, endYear).map((year): ChartRow => {
    const outcome = measure.outcomes.find((o) => o.year === year);
    const target = measure.targets.find((t) => t.year === year);
    const rowFootnotes: FootnoteRef[] = [];
    const outcomeText = outcome ? outcomeFootnoteText(outcome) : null;
    if (outcome && outcomeText) {
      const anchor = outcome.value === null ? 'axis' : 'outcome';
      rowFootnotes.push(
        numberFootnotes(footnotes, { year, kind: 'outcome', text: outcomeText, anchor }),
      );
    }
    if (target?.note) {
      const anchor = target.value === null ? 'axis' : 'target';
      rowFootnotes.push(
        numberFootnotes(footnotes, { year, kind: 'target', text: target.note, anchor }),
      );
    }
    const targetValue = target?.value ?? null;
    return {
      year,
      outcome: outcome?.value ?? null,
      provisional: outcome !== undefined && outcome.status !== 'final',
      target: targetValue,
      endTarget: year === endYear ? targetValue : null,
      guide: guideAt(assessment, year, endYear, endTarget),
      trend: trendAt(assessment, year),
      country: compared('country', year),
      group: compared('group', year),
      footnotes: rowFootnotes,
    };
  });
  return { rows, footnotes, endYear, comparison: chartComparison(comparison, rows) };
}

/**
 * A measure's chart over its period, with the period's first and end year, as its page draws it;
 * with the comparison with other municipalities where one is stored.
 */
export function measureChartData(measure: MeasureWithAssessment, comparison?: MeasureComparison) {
  const { assessment } = measure;
  const endYear = assessment.states.at(-1)?.year ?? Math.max(...measure.targets.map((t) => t.year));
  const data = buildChartData(measure, endYear, assessment, comparison);
  return { data, endYear, startYear: assessment.states[0]?.year ?? endYear };
}
