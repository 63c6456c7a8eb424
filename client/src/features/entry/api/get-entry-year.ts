import { queryOptions, useQuery } from '@tanstack/react-query';
import { EntryYearSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { privateQueryKey } from '../../../lib/session';

export function getEntryYear(year: number, signal?: AbortSignal) {
  return apiGet(`/entry/${year}`, EntryYearSchema, {}, signal);
}

export const getEntryYearQueryOptions = (year: number) =>
  queryOptions({
    queryKey: privateQueryKey('entry', year),
    queryFn: ({ signal }) => getEntryYear(year, signal),
    // Versions matter here: always start from what is stored now.
    staleTime: 0,
  });

/** Every measure's outcome and target for the year, with the versions a save names. */
export function useEntryYear(year: number) {
  return useQuery(getEntryYearQueryOptions(year));
}
