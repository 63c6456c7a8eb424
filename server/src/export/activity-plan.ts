import { PLAN_COLUMNS, type CsvCell, type Licence } from '@malbild/shared';
import { sheetXlsx } from './sheet';

// A unit's plan för målaktiviteter for a year as an Excel workbook; its rows are shared/csv.ts's
// planRows, the same as the CSV's.

export interface PlanSheet {
  /** "Plan för målaktiviteter 2024 – Social- och utbildningsförvaltningen (SOU)". */
  title: string;
  rows: CsvCell[][];
}

// One per PLAN_COLUMNS: the follow-up comment as wide as the plan's own comment, then its date.
const COLUMN_WIDTHS = [36, 16, 20, 60, 10, 14, 40, 18, 40, 12];

/** The plan as an Excel workbook: a title, the table with a filter and a frozen heading, the licence. */
export function planXlsx(
  { title, rows }: PlanSheet,
  sheetName: string,
  licence: Licence,
): Promise<Buffer> {
  return sheetXlsx(
    { title, columns: PLAN_COLUMNS, widths: COLUMN_WIDTHS, rows, licence },
    sheetName,
  );
}
