import {
  formatSwedishNumber,
  parseValueInput,
  type EntryRow,
  type ParsedInput,
} from '@malbild/shared';
import { columnOf, type Field } from './columns';

// What a cell shows and means: the stored value as text, what the user's text parses to, and
// whether it differs from the stored value. Parsing is the shared parseValueInput, the same the
// API checks with.

function decimalsOf(value: number): number {
  return /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
}

/** The stored value as the grid writes it: "26 383", "14,2"; never hides a stored decimal. */
export function valueText(value: number | null, decimals: number): string {
  if (value === null) return '';
  return formatSwedishNumber(value, Math.max(decimals, decimalsOf(value)));
}

/** The text a cell holds before the user changes it. */
export function storedText(row: EntryRow, field: Field): string {
  const { outcome, target, measure } = row;
  switch (field) {
    case 'outcomeValue':
      return valueText(outcome?.value ?? null, measure.decimals);
    case 'status':
      return outcome?.status ?? 'final';
    case 'note':
      return outcome?.note ?? '';
    case 'dataSource':
      return outcome?.dataSource ?? '';
    case 'targetValue':
      return valueText(target?.value ?? null, measure.decimals);
    case 'decision':
      return target?.decision ?? '';
  }
}

export function parseCell(row: EntryRow, field: Field, text: string): ParsedInput | null {
  return columnOf(field).input === 'value' ? parseValueInput(row.measure, text) : null;
}

/** Free text as stored: trimmed, and empty is no text at all. */
export const textOrNull = (text: string): string | null => text.trim() || null;

/** Whether the user's text means something other than what is stored. */
export function differs(row: EntryRow, field: Field, text: string): boolean {
  const stored = storedText(row, field);
  const parsed = parseCell(row, field, text);
  if (!parsed) return textOrNull(text) !== textOrNull(stored);
  const storedValue = parseCell(row, field, stored);
  return !parsed.ok || !storedValue?.ok || parsed.value !== storedValue.value;
}
