import {
  isStorableNumber,
  NumberTooLargeError,
  outcomeStatusFromText,
  parseSwedishNumber,
  type FieldError,
  type ImportOutcomeState,
  type ImportTargetState,
  type OutcomeStatus,
} from '@malbild/shared';
import { COLUMNS, columnOf, type ColumnKey } from './columns';
import { ImportError } from './import-error';
import { MAX_ROWS, type Cell, type Table, type TableRow } from './table';

/**
 * One row to import. outcome/target hold only the fields of columns the file has (a missing
 * column keeps the stored field); null when the row leaves all of them empty (not touched).
 */
export interface ImportRecord {
  line: number;
  measureNumber: number | null;
  year: number | null;
  outcome: Partial<ImportOutcomeState> | null;
  target: Partial<ImportTargetState> | null;
  errors: FieldError[];
  /** Why there is nothing to import (Kolada had no value). */
  notice?: string;
  /** When the template the row comes from was downloaded (ISO time), if it says. */
  downloadedAt?: string;
}

const OUTCOME_COLUMNS = ['outcome', 'status', 'note', 'dataSource'] as const;
const TARGET_COLUMNS = ['target', 'decision'] as const;

type ColumnIndex = Partial<Record<ColumnKey, number>>;

function columnIndex(header: string[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((text, position) => {
    const key = columnOf(text);
    if (!key) return;
    if (index[key] !== undefined) {
      throw new ImportError(`Kolumnen ${COLUMNS[key]} finns två gånger på rubrikraden.`);
    }
    index[key] = position;
  });
  const missing = (['measure', 'year'] as const).filter((key) => index[key] === undefined);
  if (missing.length > 0) {
    throw new ImportError(
      `Hittar inte ${missing.map((k) => `kolumnen ${COLUMNS[k]}`).join(' och ')} på första raden. Ladda ner mallen och använd dess rubriker.`,
    );
  }
  if (index.outcome === undefined && index.target === undefined) {
    throw new ImportError('Filen har varken kolumnen Utfall eller kolumnen Målvärde.');
  }
  return index;
}

type Parsed<T> = { value: T } | { error: string };

function wholeNumber(cell: Cell, min: number, max: number, hint: string): Parsed<number | null> {
  if (cell === null) return { value: null };
  const text = String(cell).trim();
  const value = typeof cell === 'number' ? cell : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(value) && value >= min && value <= max
    ? { value }
    : { error: `"${text}" är inte ${hint}` };
}

/** What a value cell says to remove a stored value; an empty cell keeps it. */
export const ERASE_WORD = 'radera';
const ERASE = Symbol('erase');

function number(cell: Cell): Parsed<number | null | typeof ERASE> {
  if (typeof cell === 'string' && cell.trim().toLocaleLowerCase('sv-SE') === ERASE_WORD) {
    return { value: ERASE };
  }
  if (typeof cell === 'number') {
    return isStorableNumber(cell) ? { value: cell } : { error: new NumberTooLargeError().message };
  }
  try {
    return { value: cell === null ? null : parseSwedishNumber(cell) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function status(cell: Cell): Parsed<OutcomeStatus> {
  if (cell === null) return { value: 'final' };
  const found = outcomeStatusFromText(String(cell));
  return found
    ? { value: found }
    : { error: `Okänd status "${cell}". Skriv Slutligt, Preliminärt eller Del av året.` };
}

const text = (cell: Cell): Parsed<string | null> => ({
  value: cell === null ? null : String(cell).trim(),
});

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function timestamp(cell: Cell): Parsed<string | null> {
  if (cell === null) return { value: null };
  const text = String(cell).trim();
  return TIMESTAMP.test(text) && !Number.isNaN(Date.parse(text))
    ? { value: text }
    : {
        error: `"${text}" är inte tiden då mallen hämtades; låt kolumnen vara som mallen skrev den`,
      };
}

const PARSERS = {
  measure: (cell: Cell) => wholeNumber(cell, 1, 10_000, 'ett resultatmåtts nummer (t.ex. 7)'),
  year: (cell: Cell) => wholeNumber(cell, 1900, 2200, 'ett år (t.ex. 2023)'),
  outcome: number,
  status,
  note: text,
  dataSource: text,
  target: number,
  decision: text,
  name: text,
  downloadedAt: timestamp,
} satisfies Record<ColumnKey, (cell: Cell) => Parsed<unknown>>;
interface Values {
  measure?: number | null;
  year?: number | null;
  outcome?: number | null | typeof ERASE;
  status?: OutcomeStatus;
  note?: string | null;
  dataSource?: string | null;
  target?: number | null | typeof ERASE;
  decision?: string | null;
  downloadedAt?: string | null;
}

/** An empty value cell keeps the stored value (undefined: not written); "radera" removes it. */
function valueOf(cell: number | null | typeof ERASE | undefined): number | null | undefined {
  if (cell === ERASE) return null;
  return cell ?? undefined;
}

/** The row's values by column, and an error per cell that could not be read. */
function readRow(cells: Cell[], index: ColumnIndex): { values: Values; errors: FieldError[] } {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [key, position] of Object.entries(index) as [ColumnKey, number][]) {
    const parsed = PARSERS[key](cells[position] ?? null);
    if ('error' in parsed) errors.push({ path: COLUMNS[key], message: parsed.error });
    else values[key] = parsed.value;
  }
  return { values, errors };
}

/** Whether the row fills any of the columns (those the file has) of an outcome or a target. */
function touched(cells: Cell[], index: ColumnIndex, keys: readonly ColumnKey[]): boolean {
  return keys.some((key) => index[key] !== undefined && (cells[index[key]] ?? null) !== null);
}

function pickDefined<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

const OVERFLOW: FieldError = {
  path: 'rad',
  message:
    'Raden har fler fält än rubrikraden. Står ett decimaltal med komma (14,2) utan citattecken i en kommaseparerad fil?',
};

function recordOf({ cells, line, overflow }: TableRow, index: ColumnIndex): ImportRecord {
  const { values, errors } = readRow(cells, index);
  const outcome = touched(cells, index, OUTCOME_COLUMNS)
    ? pickDefined({
        value: valueOf(values.outcome),
        status: values.status,
        note: values.note,
        dataSource: values.dataSource,
      })
    : null;
  const target = touched(cells, index, TARGET_COLUMNS)
    ? pickDefined({ value: valueOf(values.target), decision: values.decision })
    : null;
  return {
    line,
    measureNumber: values.measure ?? null,
    year: values.year ?? null,
    outcome,
    target,
    errors: overflow ? [OVERFLOW, ...errors] : errors,
    ...(values.downloadedAt && { downloadedAt: values.downloadedAt }),
  };
}

/** The table's rows as records to plan; a file without the needed columns is refused. */
export function tableRecords(table: Table): ImportRecord[] {
  const index = columnIndex(table.header);
  if (table.rows.length === 0) throw new ImportError('Filen har inga rader under rubrikraden.');
  if (table.rows.length > MAX_ROWS) {
    throw new ImportError(
      `Filen har fler än ${MAX_ROWS.toLocaleString('sv-SE')} rader. Dela upp den.`,
    );
  }
  return table.rows
    .filter(({ cells }) => cells.some((cell) => cell !== null))
    .map((row) => recordOf(row, index));
}
