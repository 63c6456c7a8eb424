import { outcomeStatusFromText, type EntryRow } from '@malbild/shared';
import { COLUMNS, type Field, type Kind } from './columns';

// Excel copies a block as lines separated by CRLF and cells by tabs, with a line break at the
// end. Cells with line breaks come quoted; outcome figures never have them, so quotes are left as
// they are.

/** Pasted text as rows of cells; null for a single value, which the input takes as it is. */
export function pastedBlock(text: string): string[][] | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const block = lines.map((line) => line.split('\t'));
  return block.length === 1 && block[0]!.length === 1 ? null : block;
}

export interface PastedEdit {
  row: EntryRow;
  kind: Kind;
  field: Field;
  text: string;
}

/** The cells a block fills from (rowIndex, columnIndex) down and right; the rest is cut off. */
export function pasteEdits(
  rows: readonly EntryRow[],
  rowIndex: number,
  columnIndex: number,
  block: string[][],
): { edits: PastedEdit[]; skipped: number } {
  const edits: PastedEdit[] = [];
  let skipped = 0;
  block.forEach((cells, i) => {
    const row = rows[rowIndex + i];
    if (!row) return;
    cells.forEach((raw, j) => {
      const column = COLUMNS[columnIndex + j];
      if (!column) return;
      const text = column.input === 'status' ? outcomeStatusFromText(raw) : raw.trim();
      if (text === null) skipped += 1;
      else edits.push({ row, kind: column.kind, field: column.field, text });
    });
  });
  return { edits, skipped };
}
