import { useQuery } from '@tanstack/react-query';
import {
  getCurrentPeriodQueryOptions,
  getPeriodQueryOptions,
  getPeriodsQueryOptions,
} from '../../../lib/api/get-current-period';

/** The current period: vision, målområden and their verksamhetsmål. */
export function useCurrentPeriod() {
  return useQuery(getCurrentPeriodQueryOptions());
}

/** A period by id (?period=), or the current one without. */
export function usePeriod(periodId: number | undefined) {
  return useQuery(getPeriodQueryOptions(periodId));
}

/** Every period the visitor may see: the switcher and the archive. */
export function usePeriods() {
  return useQuery(getPeriodsQueryOptions());
}
