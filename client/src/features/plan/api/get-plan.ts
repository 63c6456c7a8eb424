import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { ActivitySchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

const ActivitiesSchema = ActivitySchema.array();

export function getPlan(year: number, unit: string, signal?: AbortSignal) {
  return apiGet('/activities', ActivitiesSchema, { year, unit }, signal);
}

// The same key as the public activity lists, so a change here refreshes those pages too.
export const getPlanQueryOptions = (year: number, unit: string) =>
  queryOptions({
    queryKey: ['activities', { year, unit }],
    queryFn: ({ signal }) => getPlan(year, unit, signal),
  });

/** A unit's activities for a year, in the plan's order (resultatmått, then row). */
export function usePlan(year: number, unit: string) {
  return useQuery(getPlanQueryOptions(year, unit));
}

/** After any write: every activity list and the units' counts are read again. */
export function invalidatePlans(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['activities'] }),
    queryClient.invalidateQueries({ queryKey: ['units'] }),
  ]);
}
