import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type SessionInfo } from '@malbild/shared';
import { apiGet, connectWriteSession, type ReadContext } from './api-client';
import { queryKeys } from './query-keys';

// The signed-in user lives in the query cache, so the header, the guarded pages and every write
// (which needs the session's CSRF token) read one copy. Features share it through lib because
// features do not import each other.

export const SIGNED_OUT: SessionInfo = { user: null, csrfToken: null };

/** After sign-in or sign-out: the new session, and nothing left of the previous user's data. */
export function replaceSession(queryClient: QueryClient, session: SessionInfo): void {
  queryClient.removeQueries({ queryKey: queryKeys.signedIn.all() });
  queryClient.setQueryData(getSessionQueryOptions().queryKey, session);
}

export function getSession(context?: ReadContext) {
  return apiGet('/auth/session', SessionInfoSchema, {}, context);
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session(),
    queryFn: (context) => getSession(context),
    // A session can end on the server (expiry, an admin's disabling): check now and then.
    staleTime: 60_000,
  });

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

/** Lets every write take the CSRF token from the cached session, and notice when it is gone. */
export function connectSessionToWrites(queryClient: QueryClient): void {
  connectWriteSession({
    csrfToken: async () =>
      (await queryClient.query({ ...getSessionQueryOptions(), staleTime: 'static' })).csrfToken,
    lost: () => void queryClient.invalidateQueries({ queryKey: getSessionQueryOptions().queryKey }),
  });
}
