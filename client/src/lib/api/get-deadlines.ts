import { queryOptions, useQuery } from '@tanstack/react-query';
import { DeadlineCalendarSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../api-client';
import { queryKeys } from '../query-keys';

// Read by the public pages ("Nästa uppföljning") and the calendar's administration, so it lives
// in lib.

export function getDeadlines(period: number | undefined, context?: ReadContext) {
  return apiGet('/deadlines', DeadlineCalendarSchema, { period }, context);
}

export const getDeadlinesQueryOptions = (period?: number) =>
  queryOptions({
    queryKey: queryKeys.deadlines.period(period),
    queryFn: (context) => getDeadlines(period, context),
  });

/** The period's calendar (the current period's without an id). */
export function useDeadlines(period?: number) {
  return useQuery(getDeadlinesQueryOptions(period));
}
