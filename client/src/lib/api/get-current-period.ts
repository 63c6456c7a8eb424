import { queryOptions } from '@tanstack/react-query';
import { PeriodDetailSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by several features (the start and goal pages, entry, activities, plans), so it lives in
// lib: one fetcher and one cache entry for /api/periods/current.

export function getCurrentPeriod(context?: ReadContext) {
  return apiGet('/periods/current', PeriodDetailSchema, {}, context);
}

/** The current period: vision, years, målområden and their verksamhetsmål. */
export const getCurrentPeriodQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.periods.current(),
    queryFn: (context) => getCurrentPeriod(context),
  });
