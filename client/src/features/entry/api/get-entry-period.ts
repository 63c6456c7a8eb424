import { useQuery } from '@tanstack/react-query';
import { getPeriodQueryOptions } from '../../../lib/api/get-current-period';
import { useShownPeriodId } from '../../../lib/use-shown-period';

/**
 * The period entry writes to: the one in the address (?period=), else the current one; its years
 * make the year picker.
 */
export function useEntryPeriod() {
  return useQuery(getPeriodQueryOptions(useShownPeriodId()));
}
