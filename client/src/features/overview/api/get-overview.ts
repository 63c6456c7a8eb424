import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { OverviewSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Without a year, the server picks the latest year of the period with any outcome. */
export function getOverview(year: number | undefined, period?: number, context?: ReadContext) {
  return apiGet('/overview', OverviewSchema, { year, period }, context);
}

export const getOverviewQueryOptions = (year: number | undefined, period?: number) =>
  queryOptions({
    queryKey: queryKeys.overview.year(year, period),
    queryFn: (context) => getOverview(year, period, context),
    // Switching year keeps the last figures on screen instead of flashing a loading note.
    placeholderData: keepPreviousData,
  });

/** Every målområde and verksamhetsmål with its measures' states in one year. */
export function useOverview(year: number | undefined, period?: number) {
  return useQuery(getOverviewQueryOptions(year, period));
}

/**
 * The year the overview settled on. While another year's or period's overview stands in, its
 * year may not belong to the shown period, so what is asked of the year waits.
 */
export function useOverviewYear(year: number | undefined, period?: number): number | undefined {
  const overview = useOverview(year, period);
  return overview.isPlaceholderData ? undefined : overview.data?.year;
}
