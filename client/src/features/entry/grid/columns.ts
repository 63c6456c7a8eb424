import type { EntryChange } from '@malbild/shared';
import { strings } from '../strings';

// The grid's editable columns, left to right. An outcome (utfall) is four cells, a target
// (målvärde) two; a change is sent per outcome or target with all of its cells.

export type Kind = EntryChange['kind'];
export type Field = 'outcomeValue' | 'status' | 'note' | 'dataSource' | 'targetValue' | 'decision';

export interface Column {
  field: Field;
  kind: Kind;
  header: (year: number) => string;
  /** How the cell is edited: a number of the measure, a status, or free text of a max length. */
  input: 'value' | 'status' | 'text';
  maxLength?: number;
}

export const COLUMNS: readonly Column[] = [
  { field: 'outcomeValue', kind: 'outcome', header: strings.columnOutcome, input: 'value' },
  { field: 'status', kind: 'outcome', header: () => strings.columnStatus, input: 'status' },
  // Lengths as the API allows them (EntryChangeSchema), so a save is never refused for them.
  {
    field: 'note',
    kind: 'outcome',
    header: () => strings.columnNote,
    input: 'text',
    maxLength: 500,
  },
  {
    field: 'dataSource',
    kind: 'outcome',
    header: () => strings.columnSource,
    input: 'text',
    maxLength: 300,
  },
  { field: 'targetValue', kind: 'target', header: strings.columnTarget, input: 'value' },
  {
    field: 'decision',
    kind: 'target',
    header: () => strings.columnDecision,
    input: 'text',
    maxLength: 200,
  },
];

export const columnOf = (field: Field): Column => COLUMNS.find((c) => c.field === field)!;
