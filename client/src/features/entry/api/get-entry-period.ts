import { useQuery } from '@tanstack/react-query';
import { getCurrentPeriodQueryOptions } from '../../../lib/api/get-current-period';

/** The period entry writes to (the API's current period): its years make the year picker. */
export function useEntryPeriod() {
  return useQuery(getCurrentPeriodQueryOptions());
}
