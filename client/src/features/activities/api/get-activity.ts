import { queryOptions, useQuery } from '@tanstack/react-query';
import { ActivityDetailSchema } from '@malbild/shared';
import { ApiError, apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

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

export const getActivityQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.activities.detail(id),
    queryFn: (context) => getActivity(id, context),
  });

export function useActivity(id: number) {
  return useQuery(getActivityQueryOptions(id));
}
