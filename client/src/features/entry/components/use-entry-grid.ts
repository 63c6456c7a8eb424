import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { EntryCellResult, EntryRow } from '@malbild/shared';
import { useUnsavedChangesWarning } from '../../../lib/unsaved-changes';
import { useSaveEntry } from '../api/save-entry';
import { isChanged, pendingSave, type InvalidCell } from '../grid/changes';
import { memoryKey, recalledDrafts, rememberDrafts } from '../grid/draft-memory';
import { draftKey, gridReducer, type DraftKey, type GridAction } from '../grid/draft-state';
import { strings } from '../strings';

function summaryOf(results: readonly EntryCellResult[]): string {
  const count = (result: EntryCellResult['result']) =>
    results.filter((r) => r.result === result).length;
  return strings.summary(count('saved'), count('refused'), count('conflict'), count('unchanged'));
}

interface EntryGridOptions {
  year: number;
  username: string;
  rows: readonly EntryRow[];
  /** Called when a save is refused before sending because cells are invalid. */
  onInvalid: (cells: InvalidCell[]) => void;
}

/** The grid's drafts, results and saving; the component only lays them out. */
export function useEntryGrid({ year, username, rows, onInvalid }: EntryGridOptions) {
  const memory = memoryKey(username, year);
  const [state, dispatch] = useReducer(gridReducer, memory, (key) => ({
    drafts: recalledDrafts(key),
    results: {},
  }));
  const [restored] = useState(() => Object.keys(state.drafts).length > 0);
  const [reason, setReason] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const save = useSaveEntry(year);

  useEffect(() => rememberDrafts(memory, state.drafts), [memory, state.drafts]);

  const changedCount = useMemo(
    () =>
      rows.reduce(
        (sum, row) =>
          sum +
          (['outcome', 'target'] as const).filter((kind) =>
            isChanged(row, kind, state.drafts[draftKey(row.measure.number, kind)]),
          ).length,
        0,
      ),
    [rows, state.drafts],
  );
  useUnsavedChangesWarning(changedCount > 0);

  const submit = useCallback(
    (only?: readonly DraftKey[], from = state) => {
      if (save.isPending) return;
      const pending = pendingSave(rows, from, reason, only);
      const notSent =
        pending.invalid.length > 0 ? ` ${strings.fixFirst(pending.invalid.length)}` : '';
      if (pending.invalid.length > 0) onInvalid(pending.invalid);
      if (pending.changes.length === 0) {
        setAnnouncement(notSent.trim() || strings.nothingToSave);
        return;
      }
      setAnnouncement(strings.saving);
      // Valid cells are saved even when others still need fixing; those stay typed, unsent.
      save.mutate(pending.changes, {
        onSuccess: ({ results }) => {
          dispatch({ type: 'saved', sent: pending.sent, results });
          setAnnouncement(summaryOf(results) + notSent);
          // The reason belonged to these changes, not to the next ones.
          setReason('');
        },
        onError: (error) => setAnnouncement(strings.saveFailed(error.message)),
      });
    },
    [state, rows, reason, save, onInvalid],
  );

  /** Resubmits the user's value on top of the other writer's version. */
  const keepMine = (key: DraftKey, version: number) => {
    const action: GridAction = { type: 'keepMine', key, version };
    dispatch(action);
    submit([key], gridReducer(state, action));
  };

  return {
    state,
    dispatch,
    restored,
    reason,
    setReason,
    announcement,
    setAnnouncement,
    changedCount,
    saving: save.isPending,
    submit,
    keepMine,
  };
}
