import type { Licence, Measure } from '@malbild/shared';
import { toCsv, type CsvCell } from '../../lib/csv';
import { strings } from './strings';

type CsvMeasure = Pick<Measure, 'number' | 'name' | 'goal' | 'unit' | 'outcomes' | 'targets'>;

/** One row per measure and year that has an outcome or a target: tidy data, as Open SDG publishes it. */
function rowsOf(measure: CsvMeasure): CsvCell[][] {
  const years = [...new Set([...measure.outcomes, ...measure.targets].map((r) => r.year))].sort(
    (a, b) => a - b,
  );
  return years.map((year) => {
    const outcome = measure.outcomes.find((o) => o.year === year);
    const target = measure.targets.find((t) => t.year === year);
    return [
      measure.number,
      measure.name,
      measure.goal.name,
      measure.unit,
      year,
      outcome?.value ?? null,
      outcome?.value != null ? strings.outcomeStatus[outcome.status] : null,
      outcome?.note ?? null,
      target?.value ?? null,
      target?.note ?? null,
    ];
  });
}

export function measuresCsv(measures: readonly CsvMeasure[], licence: Licence): string {
  const sorted = [...measures].sort((a, b) => a.number - b.number);
  return toCsv(strings.csvHeader, sorted.flatMap(rowsOf), licence);
}
