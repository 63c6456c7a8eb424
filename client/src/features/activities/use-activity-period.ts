import { useQuery } from '@tanstack/react-query';
import { getCurrentPeriodQueryOptions } from '../../lib/api/get-current-period';

/**
 * The period of an activity's links (?period=): its own when it is not the current one, else
 * undefined; the activity's address (its id) names no period itself.
 */
export function useActivityPeriodId(periodId: number | undefined): number | undefined {
  const current = useQuery(getCurrentPeriodQueryOptions()).data;
  return current && periodId !== undefined && current.id !== periodId ? periodId : undefined;
}
