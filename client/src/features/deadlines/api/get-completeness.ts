import { queryOptions, useQuery } from '@tanstack/react-query';
import { CompletenessSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getCompletenessQueryOptions = (year: number, period?: number) =>
  queryOptions({
    queryKey: queryKeys.signedIn.completeness(year, period),
    queryFn: (context) => apiGet('/completeness', CompletenessSchema, { year, period }, context),
  });

/** What is due, missing or late in the year (controllers). */
export function useCompleteness(year: number, period?: number) {
  return useQuery(getCompletenessQueryOptions(year, period));
}
