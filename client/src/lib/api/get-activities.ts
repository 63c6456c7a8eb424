import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ActivitySchema, type ActivityQuery } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';
import { useSeesDrafts } from '../use-sees-drafts';

// Read by the public lists and by the plans, so it lives in lib: one fetcher and one key per
// filter for /api/activities, and a change in a plan refreshes the public pages too.

const ActivitiesSchema = ActivitySchema.array();

export function getActivities(query: ActivityQuery, context?: ReadContext) {
  return apiGet('/activities', ActivitiesSchema, query, context);
}

/**
 * Målaktiviteter filtered by the server on year, unit and measure, in the plan's order: as
 * published, or (signedIn) the working copy a signed-in user with a role reads at the same
 * address, under a per-visitor key.
 */
export const getActivitiesQueryOptions = (query: ActivityQuery, signedIn = false) =>
  queryOptions({
    queryKey: signedIn
      ? queryKeys.signedIn.activities.list(query)
      : queryKeys.activities.list(query),
    queryFn: (context) => getActivities(query, context),
  });

/**
 * The activities this visitor reads: the published ones, or the working copy with its drafts.
 * While the drafts load after hydration, the published list (as the server rendered it) stays.
 */
export function useActivities(query: ActivityQuery) {
  const queryClient = useQueryClient();
  const signedIn = useSeesDrafts();
  return useQuery({
    ...getActivitiesQueryOptions(query, signedIn),
    placeholderData: () =>
      signedIn ? queryClient.getQueryData(getActivitiesQueryOptions(query).queryKey) : undefined,
  });
}

/** After any write of an activity: every activity list and the units' counts are read again. */
export function invalidateActivities(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.activities.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.signedIn.activities.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.units.all() }),
  ]);
}
