import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { AnalysisSchema, FollowUpYearSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * A year's analyses and judgements. Public pages read the published parts (SSR renders them as
 * an anonymous visitor); the signed-in editors read the same address under a per-visitor key,
 * which then also carries the drafts and their states.
 */
export const getFollowUpQueryOptions = (year: number, period?: number, signedIn = false) =>
  queryOptions({
    queryKey: signedIn
      ? queryKeys.signedIn.followUp.year(year, period)
      : queryKeys.followUp.year(year, period),
    queryFn: (context) => apiGet(`/follow-up/${year}`, FollowUpYearSchema, { period }, context),
  });

export function useFollowUp(year: number | undefined, period?: number, signedIn = false) {
  return useQuery({
    ...getFollowUpQueryOptions(year ?? 0, period, signedIn),
    enabled: year !== undefined,
  });
}

/** One measure's analyses over the period. */
export function useMeasureAnalyses(number: number, period?: number, signedIn = false) {
  return useQuery({
    queryKey: signedIn
      ? queryKeys.signedIn.followUp.analyses(number, period)
      : queryKeys.followUp.analyses(number, period),
    queryFn: (context) =>
      apiGet(
        `/follow-up/measures/${number}/analyses`,
        z.array(AnalysisSchema),
        { period },
        context,
      ),
  });
}
