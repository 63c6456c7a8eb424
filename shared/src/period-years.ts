import type { Period } from './schemas/period';

// Which years a period holds values for. Its tables carry the outcomes of the years before it,
// the baseline progress is measured from: three years covers every table in the documents.
// Targets are the council's for the period's own years only.

export const YEARS_BEFORE_PERIOD = 3;

type PeriodYears = Pick<Period, 'name' | 'startYear' | 'endYear'>;

const range = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** The years a period's outcomes may be entered for, baseline years first. */
export function outcomeYears(period: PeriodYears): number[] {
  return range(period.startYear - YEARS_BEFORE_PERIOD, period.endYear);
}

/** A Swedish sentence saying why the year cannot have the value, or null when it can. */
export function yearProblem(
  period: PeriodYears,
  kind: 'outcome' | 'target',
  year: number,
): string | null {
  const first = kind === 'outcome' ? period.startYear - YEARS_BEFORE_PERIOD : period.startYear;
  if (year >= first && year <= period.endYear) return null;
  return kind === 'outcome'
    ? `${year} ligger utanför perioden ${period.name}: utfall kan anges för ${first}–${period.endYear}`
    : `${year} ligger utanför perioden ${period.name}: målvärden kan anges för ${first}–${period.endYear}`;
}
