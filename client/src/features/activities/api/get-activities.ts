import { useQuery } from '@tanstack/react-query';
import type { ActivityQuery } from '@malbild/shared';
import { getActivitiesQueryOptions } from '../../../lib/api/get-activities';

/** Målaktiviteter, filtered by the server on year, unit and measure. */
export function useActivities(query: ActivityQuery) {
  return useQuery(getActivitiesQueryOptions(query));
}
