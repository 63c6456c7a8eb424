import { useQuery } from '@tanstack/react-query';
import { getActivitiesQueryOptions } from '../../../lib/api/get-activities';
import { useSeesDrafts } from '../../../lib/use-sees-drafts';

/**
 * A unit's activities for a year, in the plan's order (resultatmått, then row). The editors'
 * forms start from what this gives: for them the working copy only, never the published list
 * standing in while it loads (their edits would be based on an old version).
 */
export function usePlan(year: number, unit: string, period: number | undefined) {
  return useQuery(
    getActivitiesQueryOptions(
      { year, unit, ...(period !== undefined && { period }) },
      useSeesDrafts(),
    ),
  );
}
