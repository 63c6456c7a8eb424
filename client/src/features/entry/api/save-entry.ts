import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  EntrySaveResultSchema,
  type EntryCellResult,
  type EntryChange,
  type EntryYear,
  type StoredOutcome,
  type StoredTarget,
} from '@malbild/shared';
import { apiSend } from '../../../lib/api-client';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { getEntryYearQueryOptions } from './get-entry-year';

export function saveEntry(year: number, period: number | undefined, changes: EntryChange[]) {
  return apiSend('POST', `/entry/${year}`, { changes }, EntrySaveResultSchema, { period });
}

/** The year's rows with the stored values a save answered with (its own, or another writer's). */
function withStoredValues(entry: EntryYear, results: readonly EntryCellResult[]): EntryYear {
  const stored = (number: number, kind: EntryCellResult['kind']) =>
    results.find((r) => r.measureNumber === number && r.kind === kind)?.current;
  return {
    ...entry,
    rows: entry.rows.map((row) => {
      const outcome = stored(row.measure.number, 'outcome') as StoredOutcome | null | undefined;
      const target = stored(row.measure.number, 'target') as StoredTarget | null | undefined;
      return {
        ...row,
        outcome: outcome === undefined ? row.outcome : outcome,
        target: target === undefined ? row.target : target,
      };
    }),
  };
}

/**
 * Saves changed outcomes and targets. The answer's stored values go straight into the grid's
 * data; every query is then marked stale, so the public pages show the new figures when next
 * opened and the grid picks up other writers' changes.
 */
export function useSaveEntry(year: number) {
  const queryClient = useQueryClient();
  const period = useShownPeriodId();
  return useMutation({
    mutationFn: (changes: EntryChange[]) => saveEntry(year, period, changes),
    onSuccess: ({ results }) => {
      queryClient.setQueryData(
        getEntryYearQueryOptions(year, period).queryKey,
        (old) => old && withStoredValues(old, results),
      );
      void queryClient.invalidateQueries();
    },
  });
}
