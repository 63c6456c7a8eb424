import type { Measure, MeasurePeriodAssessment, MeasureWithAssessment } from '@malbild/shared';
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
  footnotes: FootnoteRef[];
}

export interface ChartData {
  rows: ChartRow[];
  footnotes: Footnote[];
  endYear: number;
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

/**
 * Every year from the first figure to the end year, with the figures and footnotes of each:
 * one source for the chart, its table and its text alternative.
 */
export function buildChartData(
  measure: ChartMeasure,
  endYear: number,
  assessment?: MeasurePeriodAssessment,
): ChartData {
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
      footnotes: rowFootnotes,
    };
  });
  return { rows, footnotes, endYear };
}

/** A measure's chart over its period, with the period's first and end year, as its page draws it. */
export function measureChartData(measure: MeasureWithAssessment) {
  const { assessment } = measure;
  const endYear = assessment.states.at(-1)?.year ?? Math.max(...measure.targets.map((t) => t.year));
  const data = buildChartData(measure, endYear, assessment);
  return { data, endYear, startYear: assessment.states[0]?.year ?? endYear };
}
