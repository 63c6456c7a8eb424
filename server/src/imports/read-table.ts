import { NOT_A_SPREADSHEET } from './decode-text';
import { ImportError } from './import-error';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { Table } from './table';

/** Larger than any sheet of a municipality's goals; the upload's body limit. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

// The content says what a file is; its name and content type are whatever the browser guessed.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const PDF = [0x25, 0x50, 0x44, 0x46];

const startsWith = (bytes: Buffer, signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/** An uploaded file as a table: XLSX by its ZIP signature, else CSV text. */
export async function readTable(bytes: Buffer | undefined): Promise<Table> {
  if (!bytes || bytes.length === 0) throw new ImportError('Filen är tom.');
  if (bytes.length > MAX_FILE_BYTES) throw new ImportError(tooLargeMessage());
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (startsWith(bytes, OLE2)) {
    throw new ImportError(
      'Filen är i Excels gamla format (.xls). Spara den som Excel-arbetsbok (.xlsx) eller CSV och försök igen.',
    );
  }
  if (startsWith(bytes, PDF)) throw new ImportError(NOT_A_SPREADSHEET);
  return readCsv(bytes);
}

export function tooLargeMessage(): string {
  return `Filen är för stor. Den får vara högst ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
}
