import { queryOptions, useQuery } from '@tanstack/react-query';
import { PeriodSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

export function getEntryPeriod(signal?: AbortSignal) {
  return apiGet('/periods/current', PeriodSchema, {}, signal);
}

export const getEntryPeriodQueryOptions = () =>
  queryOptions({
    queryKey: ['periods', 'current', 'years'],
    queryFn: ({ signal }) => getEntryPeriod(signal),
  });

/** The period entry writes to (the API's current period): its years make the year picker. */
export function useEntryPeriod() {
  return useQuery(getEntryPeriodQueryOptions());
}
