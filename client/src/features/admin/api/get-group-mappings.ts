import { queryOptions, useQuery } from '@tanstack/react-query';
import { GroupMappingSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getGroupMappings(context?: ReadContext) {
  return apiGet('/group-mappings', GroupMappingSchema.array(), {}, context);
}

export const getGroupMappingsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.signedIn.groupMappings(),
    queryFn: (context) => getGroupMappings(context),
    // Versions matter: an edit starts from what is stored now.
    staleTime: 0,
  });

export function useGroupMappings() {
  return useQuery(getGroupMappingsQueryOptions());
}
