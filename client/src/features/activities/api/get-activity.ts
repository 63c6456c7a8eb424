import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { ActivityDetailSchema } from '@malbild/shared';
import { ApiError, apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useSeesDrafts } from '../../../lib/use-sees-drafts';

/**
 * One activity with its place in the period and its follow-ups; null when there is none (or it
 * was removed), so that the server renders the not-found page (404) and the browser hydrates it.
 */
export async function getActivity(id: number, context?: ReadContext) {
  try {
    return await apiGet(`/activities/${id}`, ActivityDetailSchema, {}, context);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** As published, or (signedIn) the working copy with its drafts, under a per-visitor key. */
export const getActivityQueryOptions = (id: number, signedIn = false) =>
  queryOptions({
    queryKey: signedIn ? queryKeys.signedIn.activities.detail(id) : queryKeys.activities.detail(id),
    queryFn: (context) => getActivity(id, context),
  });

/** The activity as this visitor reads it; the published one stays shown while drafts load. */
export function useActivity(id: number) {
  const queryClient = useQueryClient();
  const signedIn = useSeesDrafts();
  return useQuery({
    ...getActivityQueryOptions(id, signedIn),
    placeholderData: () =>
      signedIn ? queryClient.getQueryData(getActivityQueryOptions(id).queryKey) : undefined,
  });
}
