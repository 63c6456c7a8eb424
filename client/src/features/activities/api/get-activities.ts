import { queryOptions, useQuery } from '@tanstack/react-query';
import { ActivitySchema, type ActivityQuery } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

const ActivitiesSchema = ActivitySchema.array();

export function getActivities(query: ActivityQuery, signal?: AbortSignal) {
  return apiGet('/activities', ActivitiesSchema, query, signal);
}

export const getActivitiesQueryOptions = (query: ActivityQuery) =>
  queryOptions({
    queryKey: ['activities', query],
    queryFn: ({ signal }) => getActivities(query, signal),
  });

/** Målaktiviteter, filtered by the server on year, unit and measure. */
export function useActivities(query: ActivityQuery) {
  return useQuery(getActivitiesQueryOptions(query));
}
