import { queryOptions, useQuery } from '@tanstack/react-query';
import { PeriodDetailSchema } from '@malbild/shared';
import { apiGet, apiUrl } from '../../../lib/api-client';
import { initialAnswer } from '../../../lib/initial-data';

export function getCurrentPeriod(signal?: AbortSignal) {
  return apiGet('/periods/current', PeriodDetailSchema, {}, signal);
}

export const getCurrentPeriodQueryOptions = () =>
  queryOptions({
    queryKey: ['periods', 'current'],
    queryFn: ({ signal }) => getCurrentPeriod(signal),
    initialData: () => initialAnswer(apiUrl('/periods/current'), PeriodDetailSchema),
  });

/** The current period: vision, målområden and their verksamhetsmål. */
export function useCurrentPeriod() {
  return useQuery(getCurrentPeriodQueryOptions());
}
