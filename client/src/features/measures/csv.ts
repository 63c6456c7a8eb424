import {
  exportMeasure,
  measuresCsv,
  type Licence,
  type Measure,
  type Period,
} from '@malbild/shared';

/** The page's download: the open data's own table (shared/src/open-data.ts) for these measures. */
export function pageCsv(
  measures: readonly Measure[],
  period: Pick<Period, 'startYear' | 'endYear'>,
  licence: Licence,
): string {
  const sorted = [...measures].sort((a, b) => a.number - b.number);
  return measuresCsv(
    sorted.map((measure) => exportMeasure(measure, period)),
    licence,
  );
}
