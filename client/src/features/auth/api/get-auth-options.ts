import { queryOptions, useQuery } from '@tanstack/react-query';
import { AuthOptionsSchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getAuthOptions(context?: ReadContext) {
  return apiGet('/auth/options', AuthOptionsSchema, {}, context);
}

export const getAuthOptionsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.authOptions(),
    queryFn: (context) => getAuthOptions(context),
    // The server's configuration: it changes only with a restart.
    staleTime: Infinity,
  });

/** Passwords, the identity provider or both: what the sign-in page offers. */
export function useAuthOptions() {
  return useQuery(getAuthOptionsQueryOptions());
}
