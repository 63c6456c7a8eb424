import { queryOptions, useQuery } from '@tanstack/react-query';
import { EntryYearSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getEntryYear(year: number, context?: ReadContext) {
  return apiGet(`/entry/${year}`, EntryYearSchema, {}, context);
}

export const getEntryYearQueryOptions = (year: number) =>
  queryOptions({
    queryKey: queryKeys.signedIn.entry(year),
    queryFn: (context) => getEntryYear(year, context),
    // Versions matter here: always start from what is stored now.
    staleTime: 0,
  });

/** Every measure's outcome and target for the year, with the versions a save names. */
export function useEntryYear(year: number) {
  return useQuery(getEntryYearQueryOptions(year));
}
