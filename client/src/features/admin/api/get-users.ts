import { queryOptions, useQuery } from '@tanstack/react-query';
import { UserSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getUsers(context?: ReadContext) {
  return apiGet('/users', UserSchema.array(), {}, context);
}

export const getUsersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.signedIn.users(),
    queryFn: (context) => getUsers(context),
    // Versions matter: an edit starts from what is stored now.
    staleTime: 0,
  });

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}
