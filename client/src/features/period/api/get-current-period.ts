import { useQuery } from '@tanstack/react-query';
import {
  getCurrentPeriodQueryOptions,
  getPeriodQueryOptions,
  getPeriodsQueryOptions,
} from '../../../lib/api/get-current-period';

/**
 * The current period: vision, målområden and their verksamhetsmål. `enabled: false` while no
 * period is active (there is none to ask for, only proposals).
 */
export function useCurrentPeriod({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getCurrentPeriodQueryOptions(), enabled });
}

/** A period by id (?period=), or the current one without. */
export function usePeriod(periodId: number | undefined) {
  return useQuery(getPeriodQueryOptions(periodId));
}

/** Every period the visitor may see: the switcher and the archive. */
export function usePeriods() {
  return useQuery(getPeriodsQueryOptions());
}
