import { CsvError, parse } from 'csv-parse/sync';
import { unprotectedCsvText } from '@malbild/shared';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';
import { MAX_ROWS, type Cell, type Table } from './table';

const SEPARATORS = [';', '\t', ','] as const;
const SEPARATOR_NAMES: Record<(typeof SEPARATORS)[number], string> = {
  ';': 'semikolon',
  '\t': 'tabb',
  ',': 'komma',
};

/**
 * The separator of the header line: headers contain none of them, so the one that occurs most
 * there is it. Semicolon wins ties: Swedish Excel writes it, because "14,2" holds a comma.
 */
export function detectSeparator(text: string): (typeof SEPARATORS)[number] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = SEPARATORS.map((s) => unquoted.split(s).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ';' : SEPARATORS[counts.indexOf(best)]!;
}

function parseRecords(text: string, delimiter: string): { record: string[]; line: number }[] {
  try {
    // With info: true each record comes with its line; csv-parse's types do not say so.
    const records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to: MAX_ROWS + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new ImportError(
      `CSV-filen kunde inte läsas${line ? ` på rad ${line}` : ''}: kontrollera citattecknen. Ett fält med citattecken måste sluta med citattecken.`,
    );
  }
}

// Our own exports write "'=…" for a text Excel would run as a formula; the import undoes it.
const cell = (text: string): Cell => (text.trim() === '' ? null : unprotectedCsvText(text.trim()));

/** A CSV file's rows: encoding and separator detected, the BOM removed, every cell as text. */
export function readCsv(bytes: Uint8Array): Table {
  const { text, notice } = decodeText(bytes);
  if (text.trim() === '') throw new ImportError('Filen är tom.');
  const separator = detectSeparator(text);
  const [header, ...rows] = parseRecords(text, separator);
  const columns = header?.record.length ?? 0;
  // A trailing ";" is harmless in a semicolon file; in a comma file any extra field is suspect.
  const overflows = (record: string[]) =>
    record.length > columns &&
    (separator === ',' || record.slice(columns).some((text) => text.trim() !== ''));
  return {
    header: (header?.record ?? []).map((h) => h.trim()),
    rows: rows.map(({ record, line }) => ({
      line,
      cells: record.map(cell),
      overflow: overflows(record),
    })),
    notices: [
      ...(notice ? [notice] : []),
      `CSV-filen lästes med ${SEPARATOR_NAMES[separator]} som kolumnavgränsare.`,
    ],
  };
}
