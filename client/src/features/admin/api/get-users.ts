import { queryOptions, useQuery } from '@tanstack/react-query';
import { UserSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { privateQueryKey } from '../../../lib/session';

export function getUsers(signal?: AbortSignal) {
  return apiGet('/users', UserSchema.array(), {}, signal);
}

export const getUsersQueryOptions = () =>
  queryOptions({
    queryKey: privateQueryKey('users'),
    queryFn: ({ signal }) => getUsers(signal),
    // Versions matter: an edit starts from what is stored now.
    staleTime: 0,
  });

export function useUsers() {
  return useQuery(getUsersQueryOptions());
}
