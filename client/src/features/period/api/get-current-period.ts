import { useQuery } from '@tanstack/react-query';
import { getCurrentPeriodQueryOptions } from '../../../lib/api/get-current-period';

/** The current period: vision, målområden and their verksamhetsmål. */
export function useCurrentPeriod() {
  return useQuery(getCurrentPeriodQueryOptions());
}
