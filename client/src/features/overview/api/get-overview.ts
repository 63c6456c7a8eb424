import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { OverviewSchema } from '@malbild/shared';
import { apiGet, apiUrl } from '../../../lib/api-client';
import { initialAnswer } from '../../../lib/initial-data';

/** Without a year, the server picks the latest year of the period with any outcome. */
export function getOverview(year: number | undefined, signal?: AbortSignal) {
  return apiGet('/overview', OverviewSchema, { year }, signal);
}

export const getOverviewQueryOptions = (year: number | undefined) =>
  queryOptions({
    queryKey: ['overview', year ?? 'latest'],
    queryFn: ({ signal }) => getOverview(year, signal),
    initialData: () => initialAnswer(apiUrl('/overview', { year }), OverviewSchema),
    // Switching year keeps the last figures on screen instead of flashing a loading note.
    placeholderData: keepPreviousData,
  });

/** Every målområde and verksamhetsmål with its measures' states in one year. */
export function useOverview(year: number | undefined) {
  return useQuery(getOverviewQueryOptions(year));
}
