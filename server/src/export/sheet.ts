import ExcelJS from 'exceljs';
import { licenceText, type CsvCell, type Licence } from '@malbild/shared';

// A table as an Excel workbook of one sheet: a title, then the columns' headings with a filter
// and frozen above the rows. The plans and the open data share it, so both open alike.

/** Row of the column headings in the XLSX sheet, under the title and an empty row. */
export const XLSX_HEADER_ROW = 3;

export interface SheetTable {
  /** "Plan för målaktiviteter 2024 – Social- och utbildningsförvaltningen (SOU)". */
  title: string;
  columns: readonly string[];
  /** Column widths in characters, one per column. */
  widths: readonly number[];
  rows: CsvCell[][];
  /** Written under the table and in the file's properties (Excel shows them under Info). */
  licence?: Licence;
}

export async function sheetXlsx(
  { title, columns, widths, rows, licence }: SheetTable,
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Målbild';
  if (licence) workbook.description = `Licens: ${licenceText(licence)}`;
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
  if (licence) {
    sheet.addRow([]);
    sheet.addRow([`Licens: ${licenceText(licence)}`]).font = { italic: true };
  }
  sheet.autoFilter = {
    from: { row: XLSX_HEADER_ROW, column: 1 },
    to: { row: XLSX_HEADER_ROW, column: columns.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
