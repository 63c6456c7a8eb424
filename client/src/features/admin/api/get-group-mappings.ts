import { queryOptions, useQuery } from '@tanstack/react-query';
import { GroupMappingSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { privateQueryKey } from '../../../lib/session';

export function getGroupMappings(signal?: AbortSignal) {
  return apiGet('/group-mappings', GroupMappingSchema.array(), {}, signal);
}

export const getGroupMappingsQueryOptions = () =>
  queryOptions({
    queryKey: privateQueryKey('group-mappings'),
    queryFn: ({ signal }) => getGroupMappings(signal),
    // Versions matter: an edit starts from what is stored now.
    staleTime: 0,
  });

export function useGroupMappings() {
  return useQuery(getGroupMappingsQueryOptions());
}
