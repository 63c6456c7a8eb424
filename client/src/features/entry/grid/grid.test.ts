import { describe, expect, it } from 'vitest';
import type { EntryRow } from '@malbild/shared';
import { cellText, isChanged, pendingSave } from './changes';
import { pastedBlock, pasteEdits } from './clipboard';
import { draftKey, EMPTY_STATE, gridReducer, type GridState } from './draft-state';

// The grid's rules without a browser: what counts as a change, what a save sends, what a paste
// fills, and what happens to values typed while a save is under way.

const stored = { updatedAt: '2024-01-01T00:00:00.000Z', updatedBy: 'anna' };

function row(number: number, overrides: Partial<EntryRow> = {}): EntryRow {
  return {
    measure: {
      number,
      name: `Mått ${number}`,
      unit: '%',
      decimals: 1,
      scaleMin: 0,
      scaleMax: 100,
      direction: 'up',
    },
    outcome: null,
    target: null,
    ...overrides,
  };
}

const withOutcome = row(1, {
  outcome: {
    year: 2023,
    value: 14.2,
    status: 'final',
    note: null,
    dataSource: 'SCB',
    version: 3,
    ...stored,
  },
  target: { year: 2023, value: 15, note: 'Etappmål', decision: 'KF § 150', version: 1, ...stored },
});

const edit = (
  state: GridState,
  r: EntryRow,
  field: 'outcomeValue' | 'note' | 'targetValue',
  text: string,
) =>
  gridReducer(state, {
    type: 'edit',
    row: r,
    kind: field === 'targetValue' ? 'target' : 'outcome',
    texts: { [field]: text },
  });

describe('changes', () => {
  it('reads "14,20" and " 14,2 " as the stored 14.2: no change', () => {
    for (const text of ['14,20', ' 14,2 ', '14.2']) {
      const state = edit(EMPTY_STATE, withOutcome, 'outcomeValue', text);
      expect(isChanged(withOutcome, 'outcome', state.drafts['1:outcome'])).toBe(false);
    }
  });

  it('sends the whole outcome with the version it was typed against; empty is null, not zero', () => {
    const state = edit(EMPTY_STATE, withOutcome, 'outcomeValue', '');
    expect(pendingSave([withOutcome], state, ' Rättat ').changes).toEqual([
      {
        kind: 'outcome',
        measureNumber: 1,
        value: null,
        status: 'final',
        note: null,
        dataSource: 'SCB',
        version: 3,
        reason: 'Rättat',
      },
    ]);
  });

  it('sends a new target on version 0 and keeps its stored note', () => {
    const empty = row(2);
    const state = edit(EMPTY_STATE, empty, 'targetValue', '41 %');
    expect(pendingSave([empty], state, '').changes).toEqual([
      {
        kind: 'target',
        measureNumber: 2,
        value: 41,
        note: null,
        decision: null,
        version: 0,
        reason: undefined,
      },
    ]);
    const kept = edit(EMPTY_STATE, withOutcome, 'targetValue', '16');
    expect(pendingSave([withOutcome], kept, '').changes[0]).toMatchObject({ note: 'Etappmål' });
  });

  it('sends nothing while a cell is invalid, and names the cell', () => {
    const state = edit(EMPTY_STATE, withOutcome, 'outcomeValue', '101');
    const pending = pendingSave([withOutcome], state, '');
    expect(pending.invalid).toEqual([{ measureNumber: 1, field: 'outcomeValue' }]);
  });

  it('keeps the version of the first edit even when the stored row moves on', () => {
    const state = edit(EMPTY_STATE, withOutcome, 'outcomeValue', '15');
    const newer = { ...withOutcome, outcome: { ...withOutcome.outcome!, value: 16, version: 4 } };
    const again = edit(state, newer, 'note', 'Avser oktober');
    expect(pendingSave([newer], again, '').changes[0]).toMatchObject({ version: 3, value: 15 });
    // Untouched cells show the newer stored value.
    expect(cellText(newer, 'dataSource', again.drafts['1:outcome'])).toBe('SCB');
  });
});

describe('saving', () => {
  it('keeps what was typed while the save was under way, on the saved version', () => {
    const typed = edit(EMPTY_STATE, withOutcome, 'outcomeValue', '15');
    const { sent } = pendingSave([withOutcome], typed, '');
    const meanwhile = edit(typed, withOutcome, 'note', 'Preliminärt');
    const after = gridReducer(meanwhile, {
      type: 'saved',
      sent,
      results: [
        {
          measureNumber: 1,
          kind: 'outcome',
          result: 'saved',
          current: { ...withOutcome.outcome!, value: 15, version: 4 },
        },
      ],
    });
    expect(after.drafts['1:outcome']).toEqual({ baseVersion: 4, texts: { note: 'Preliminärt' } });
    expect(after.results['1:outcome']?.result).toBe('saved');
  });

  it('keeps the draft on a conflict; "keep mine" rebases it, "take theirs" drops it', () => {
    const typed = edit(EMPTY_STATE, withOutcome, 'outcomeValue', '15');
    const conflict = gridReducer(typed, {
      type: 'saved',
      sent: pendingSave([withOutcome], typed, '').sent,
      results: [{ measureNumber: 1, kind: 'outcome', result: 'conflict', current: null }],
    });
    const key = draftKey(1, 'outcome');
    expect(conflict.drafts[key]?.baseVersion).toBe(3);
    expect(gridReducer(conflict, { type: 'keepMine', key, version: 5 }).drafts[key]).toEqual({
      baseVersion: 5,
      texts: { outcomeValue: '15' },
    });
    const theirs = gridReducer(conflict, { type: 'takeTheirs', key });
    expect(theirs.drafts[key]).toBeUndefined();
    expect(theirs.results[key]).toEqual({ result: 'theirs' });
  });
});

describe('paste', () => {
  it('reads an Excel block: CRLF lines, tabs, the last line break, empty cells', () => {
    expect(pastedBlock('86\r\n70,0\r\n\r\n185\r\n')).toEqual([['86'], ['70,0'], [''], ['185']]);
    expect(pastedBlock('38\tPreliminärt\r\n')).toEqual([['38', 'Preliminärt']]);
    expect(pastedBlock('14,2\r\n')).toBeNull();
  });

  it('fills down and right from the cell, maps status words and cuts off what does not fit', () => {
    const rows = [row(1), row(2)];
    const { edits, skipped } = pasteEdits(rows, 1, 0, [
      ['12', 'del av år', 'Not', 'Källa', '13', 'KF', 'utanför'],
      ['utanför tabellen'],
    ]);
    expect(edits.map((e) => [e.row.measure.number, e.field, e.text])).toEqual([
      [2, 'outcomeValue', '12'],
      [2, 'status', 'partial'],
      [2, 'note', 'Not'],
      [2, 'dataSource', 'Källa'],
      [2, 'targetValue', '13'],
      [2, 'decision', 'KF'],
    ]);
    expect(skipped).toBe(0);
    expect(pasteEdits(rows, 0, 1, [['okänd']]).skipped).toBe(1);
  });
});
