import { queryOptions, useQuery } from '@tanstack/react-query';
import { AuthOptionsSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';

export function getAuthOptions(signal?: AbortSignal) {
  return apiGet('/auth/options', AuthOptionsSchema, {}, signal);
}

export const getAuthOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'options'],
    queryFn: ({ signal }) => getAuthOptions(signal),
    // The server's configuration: it changes only with a restart.
    staleTime: Infinity,
  });

/** Passwords, the identity provider or both: what the sign-in page offers. */
export function useAuthOptions() {
  return useQuery(getAuthOptionsQueryOptions());
}
