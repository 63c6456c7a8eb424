import { queryOptions, useQuery } from '@tanstack/react-query';
import { EntryYearSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useShownPeriodId } from '../../../lib/use-shown-period';

export function getEntryYear(year: number, period: number | undefined, context?: ReadContext) {
  return apiGet(`/entry/${year}`, EntryYearSchema, { period }, context);
}

/** `period`: of a period other than the current one (?period=). */
export const getEntryYearQueryOptions = (year: number, period: number | undefined) =>
  queryOptions({
    queryKey: queryKeys.signedIn.entry(year, period),
    queryFn: (context) => getEntryYear(year, period, context),
    // Versions matter here: always start from what is stored now.
    staleTime: 0,
  });

/** Every measure's outcome and target for the year, with the versions a save names. */
export function useEntryYear(year: number) {
  return useQuery(getEntryYearQueryOptions(year, useShownPeriodId()));
}
