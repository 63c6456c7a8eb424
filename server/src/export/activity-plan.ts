import ExcelJS from 'exceljs';
import { ACTIVITY_STATUS_LABELS, PLAN_COLUMNS, toCsv, type Activity } from '@malbild/shared';

// A unit's plan för målaktiviteter for a year as a file, with the columns of the documents' tables
// and one row per activity in the plan's order (by resultatmått, then row).

export type PlanCell = string | null;

export interface PlanSheet {
  /** "Plan för målaktiviteter 2024 – Social- och utbildningsförvaltningen (SOU)". */
  title: string;
  rows: PlanCell[][];
}

/** The rows of the plan; antal stays as written ("50-75", "2,4"), never turned into a number. */
export function planRows(
  activities: readonly Activity[],
  measureName: (number: number) => string,
): PlanCell[][] {
  return activities.map((a) => [
    `${a.measureNumber}. ${measureName(a.measureNumber)}`,
    a.unitsRaw,
    a.verksamhet,
    a.text,
    a.antal,
    a.countUnit,
    a.comment,
    ACTIVITY_STATUS_LABELS[a.status],
  ]);
}

export const planCsv = ({ rows }: PlanSheet): string => toCsv(PLAN_COLUMNS, rows);

/** Row of the column headings in the XLSX sheet, under the title and an empty row. */
export const XLSX_HEADER_ROW = 3;
const COLUMN_WIDTHS = [36, 16, 20, 60, 10, 14, 40, 18];

/** The plan as an Excel workbook: a title, then the table with a filter and a frozen heading. */
export async function planXlsx({ title, rows }: PlanSheet, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Målbild';
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow([...PLAN_COLUMNS]).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW, column: PLAN_COLUMNS.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
