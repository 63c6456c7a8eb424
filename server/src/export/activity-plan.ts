import ExcelJS from 'exceljs';
import { licenceText, PLAN_COLUMNS, type CsvCell, type Licence } from '@malbild/shared';

// A unit's plan för målaktiviteter for a year as an Excel workbook; its rows are shared/csv.ts's
// planRows, the same as the CSV's.

export interface PlanSheet {
  /** "Plan för målaktiviteter 2024 – Social- och utbildningsförvaltningen (SOU)". */
  title: string;
  rows: CsvCell[][];
}

/** Row of the column headings in the XLSX sheet, under the title and an empty row. */
export const XLSX_HEADER_ROW = 3;
const COLUMN_WIDTHS = [36, 16, 20, 60, 10, 14, 40, 18];

/**
 * The plan as an Excel workbook: a title, then the table with a filter and a frozen heading, and
 * under it the licence (also in the file's properties, which Excel shows under Info).
 */
export async function planXlsx(
  { title, rows }: PlanSheet,
  sheetName: string,
  licence: Licence,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Målbild';
  workbook.description = `Licens: ${licenceText(licence)}`;
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
  sheet.addRow([]);
  sheet.addRow([`Licens: ${licenceText(licence)}`]).font = { italic: true };
  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW, column: PLAN_COLUMNS.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
