import { useActivities } from '../../../lib/api/get-activities';

/** A unit's activities for a year, in the plan's order (resultatmått, then row). */
export function usePlan(year: number, unit: string, period: number | undefined) {
  return useActivities({ year, unit, ...(period !== undefined && { period }) });
}
