import { MEASURE_HEADER, measureRows, type ExportMeasure, type Licence } from '@malbild/shared';
import { sheetXlsx } from './sheet';

// Open data as an Excel workbook: the rows and columns of the CSV (shared/src/open-data.ts).

// Wide enough for a name or a reason to wrap over a few lines, not over twenty.
const MEASURE_WIDTHS = [12, 40, 28, 20, 12, 8, 10, 12, 24, 10, 24, 24, 28, 22, 60, 16];

/** The same table as the CSV, as an Excel workbook. */
export function measuresXlsx(
  measures: readonly ExportMeasure[],
  title: string,
  licence: Licence,
): Promise<Buffer> {
  const rows = measureRows(measures);
  return sheetXlsx(
    { title, columns: MEASURE_HEADER, widths: MEASURE_WIDTHS, rows, licence },
    'Resultatmått',
  );
}
