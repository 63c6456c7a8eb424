import { queryOptions, useQuery } from '@tanstack/react-query';
import { UnitSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

export function getUnitChoices(signal?: AbortSignal) {
  return apiGet('/units', UnitSchema.array(), {}, signal);
}

export const getUnitChoicesQueryOptions = () =>
  queryOptions({
    queryKey: ['units', 'choices'],
    queryFn: ({ signal }) => getUnitChoices(signal),
  });

/** Koncernenheter a user can belong to: codes and names only. */
export function useUnitChoices() {
  return useQuery(getUnitChoicesQueryOptions());
}
