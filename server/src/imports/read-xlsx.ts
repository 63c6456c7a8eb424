import ExcelJS from 'exceljs';
import { ImportError } from './import-error';
import { MAX_ROWS, type Cell, type Table } from './table';
import { boundedArchive, type ZipLimits } from './zip-limits';

/** An XLSX within our row limit inflates to a few megabytes; 50 MB leaves a wide margin. */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 1000, maxUncompressedBytes: 50 * 1024 * 1024 };

const NOT_A_WORKBOOK =
  'Filen är ingen Excel-arbetsbok (.xlsx) som kan läsas. Spara den som .xlsx eller CSV i Excel och försök igen.';

/** A cell's value as the user sees it: a formula's result, a link's text, rich text joined. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellOf(value.result ?? null);
  if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''));
  if ('text' in value) return cellOf(value.text);
  if ('error' in value) return value.error;
  return null;
}

/** Excel keeps "41 %" as 0.41 in a percent-formatted cell; the measure's value is 41. */
function shownValue(cell: ExcelJS.Cell): Cell {
  const value = cellOf(cell.value);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed string, but undefined on a cell without a format
  return typeof value === 'number' && cell.numFmt?.includes('%') ? value * 100 : value;
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const archive = boundedArchive(bytes, XLSX_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(archive as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportError(NOT_A_WORKBOOK);
  }
  return workbook;
}

/** The first sheet of an XLSX workbook: its first non-empty row is the header. */
export async function readXlsx(bytes: Buffer): Promise<Table> {
  const sheet = (await loadWorkbook(bytes)).worksheets[0];
  if (!sheet) throw new ImportError(NOT_A_WORKBOOK);
  const lines: { line: number; cells: Cell[] }[] = [];
  sheet.eachRow((row, line) => {
    // Stop collecting past the limit; the caller refuses such a file as too long.
    if (lines.length > MAX_ROWS + 1) return;
    const cells = Array.from({ length: row.cellCount }, (_, i) => shownValue(row.getCell(i + 1)));
    if (cells.some((cell) => cell !== null)) lines.push({ line, cells });
  });
  const [header, ...rows] = lines;
  if (!header) throw new ImportError('Arbetsbokens första blad är tomt.');
  return {
    header: header.cells.map((cell) => (cell === null ? '' : String(cell).trim())),
    rows,
    notices: [`Excelfilen lästes från bladet "${sheet.name}".`],
  };
}
