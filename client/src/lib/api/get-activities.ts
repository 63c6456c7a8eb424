import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ActivitySchema, type ActivityQuery } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by the public lists and by the plans, so it lives in lib: one fetcher and one key per
// filter for /api/activities, and a change in a plan refreshes the public pages too.

const ActivitiesSchema = ActivitySchema.array();

export function getActivities(query: ActivityQuery, context?: ReadContext) {
  return apiGet('/activities', ActivitiesSchema, query, context);
}

/** Målaktiviteter filtered by the server on year, unit and measure, in the plan's order. */
export const getActivitiesQueryOptions = (query: ActivityQuery) =>
  queryOptions({
    queryKey: queryKeys.activities.list(query),
    queryFn: (context) => getActivities(query, context),
  });

/** After any write of an activity: every activity list and the units' counts are read again. */
export function invalidateActivities(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.activities.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.units.all() }),
  ]);
}
