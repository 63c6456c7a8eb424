import type { EntryChange, EntryRow, OutcomeStatus } from '@malbild/shared';
import { COLUMNS, type Field, type Kind } from './columns';
import { differs, parseCell, storedText, textOrNull } from './cells';
import { draftKey, type Draft, type DraftKey, type GridState } from './draft-state';

/** The text a cell shows: the user's, or else the stored value's. */
export function cellText(row: EntryRow, field: Field, draft: Draft | undefined): string {
  return draft?.texts[field] ?? storedText(row, field);
}

/** Whether any cell of the outcome or target now means something other than what is stored. */
export function isChanged(row: EntryRow, kind: Kind, draft: Draft | undefined): boolean {
  if (!draft) return false;
  return COLUMNS.some(
    ({ field, kind: k }) =>
      k === kind && draft.texts[field] !== undefined && differs(row, field, draft.texts[field]),
  );
}

export interface InvalidCell {
  measureNumber: number;
  field: Field;
}

export interface PendingSave {
  changes: EntryChange[];
  /** The drafts as sent, to tell afterwards what was typed while the save was under way. */
  sent: Partial<Record<DraftKey, Draft>>;
  invalid: InvalidCell[];
}

function valueOf(row: EntryRow, field: Field, text: string, invalid: InvalidCell[]) {
  const parsed = parseCell(row, field, text);
  if (parsed?.ok) return parsed.value;
  invalid.push({ measureNumber: row.measure.number, field });
  return null;
}

function changeOf(
  row: EntryRow,
  kind: Kind,
  draft: Draft,
  reason: string | undefined,
  invalid: InvalidCell[],
): EntryChange {
  const text = (field: Field) => cellText(row, field, draft);
  const base = { measureNumber: row.measure.number, version: draft.baseVersion, reason };
  if (kind === 'outcome') {
    return {
      ...base,
      kind,
      value: valueOf(row, 'outcomeValue', text('outcomeValue'), invalid),
      status: text('status') as OutcomeStatus,
      note: textOrNull(text('note')),
      dataSource: textOrNull(text('dataSource')),
    };
  }
  return {
    ...base,
    kind,
    value: valueOf(row, 'targetValue', text('targetValue'), invalid),
    // The grid does not edit a target's note: it is sent back as stored.
    note: row.target?.note ?? null,
    decision: textOrNull(text('decision')),
  };
}

/** The valid changed outcomes and targets (only those of `only`, when given), ready to send. */
export function pendingSave(
  rows: readonly EntryRow[],
  state: GridState,
  reason: string,
  only?: readonly DraftKey[],
): PendingSave {
  const pending: PendingSave = { changes: [], sent: {}, invalid: [] };
  for (const row of rows) {
    for (const kind of ['outcome', 'target'] as const) {
      const key = draftKey(row.measure.number, kind);
      const draft = state.drafts[key];
      if (!draft || (only && !only.includes(key)) || !isChanged(row, kind, draft)) continue;
      const invalidBefore = pending.invalid.length;
      const change = changeOf(row, kind, draft, textOrNull(reason) ?? undefined, pending.invalid);
      // An invalid cell is not sent: it stays as typed, with its message beside it.
      if (pending.invalid.length > invalidBefore) continue;
      pending.changes.push(change);
      pending.sent[key] = draft;
    }
  }
  return pending;
}
