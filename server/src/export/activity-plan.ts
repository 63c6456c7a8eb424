import ExcelJS from 'exceljs';
import { PLAN_COLUMNS, type CsvCell } from '@malbild/shared';

// Tables as Excel workbooks: a unit's plan för målaktiviteter for a year (its rows are
// shared/csv.ts's planRows, the same as the CSV's), and the intern kontroll's tables.

export interface PlanSheet {
  /** "Plan för målaktiviteter 2024 – Social- och utbildningsförvaltningen (SOU)". */
  title: string;
  rows: CsvCell[][];
}

/** Row of the column headings in the XLSX sheet, under the title and an empty row. */
export const XLSX_HEADER_ROW = 3;
const COLUMN_WIDTHS = [36, 16, 20, 60, 10, 14, 40, 18];

/** The plan as an Excel workbook: a title, then the table with a filter and a frozen heading. */
export function planXlsx(sheet: PlanSheet, sheetName: string): Promise<Buffer> {
  return tableXlsx({ ...sheet, columns: PLAN_COLUMNS, widths: COLUMN_WIDTHS }, sheetName);
}

/** A table as an Excel workbook: a title, then the headings (filtered, frozen) and the rows. */
export async function tableXlsx(
  {
    title,
    columns,
    rows,
    widths,
  }: PlanSheet & { columns: readonly string[]; widths: readonly number[] },
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Målbild';
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  sheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  }
  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW, column: columns.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
