import { queryOptions } from '@tanstack/react-query';
import { PeriodDetailSchema, PeriodSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by several features (the start and goal pages, entry, activities, plans, the period
// switcher and its administration), so it lives in lib: one fetcher per address.

export function getCurrentPeriod(context?: ReadContext) {
  return apiGet('/periods/current', PeriodDetailSchema, {}, context);
}

/** The current period: vision, years, målområden and their verksamhetsmål. */
export const getCurrentPeriodQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.periods.current(),
    queryFn: (context) => getCurrentPeriod(context),
  });

/** One period with its structure; without an id, the current one. */
export const getPeriodQueryOptions = (periodId: number | undefined) =>
  queryOptions({
    queryKey:
      periodId === undefined ? queryKeys.periods.current() : queryKeys.periods.detail(periodId),
    queryFn: (context) =>
      periodId === undefined
        ? getCurrentPeriod(context)
        : apiGet(`/periods/${periodId}`, PeriodDetailSchema, {}, context),
  });

/** Every period this visitor may see (a planned one only signed in, or when public). */
export const getPeriodsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.periods.list(),
    queryFn: (context) => apiGet('/periods', PeriodSchema.array(), {}, context),
  });
