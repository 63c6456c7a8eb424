import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type SessionInfo } from '@malbild/shared';
import { apiGet, connectWriteSession } from './api-client';

// The signed-in user lives in the query cache, so the header, the guarded pages and every write
// (which needs the session's CSRF token) read one copy. Features share it through lib because
// features do not import each other.

export const SIGNED_OUT: SessionInfo = { user: null, csrfToken: null };

/**
 * Key prefix of every query only a signed-in user may see (entry, users, audit log): signing out
 * or in as someone else drops them all, whichever feature made them.
 */
export const privateQueryKey = (...parts: readonly unknown[]) => ['signed-in', ...parts] as const;

/** After sign-in or sign-out: the new session, and nothing left of the previous user's data. */
export function replaceSession(queryClient: QueryClient, session: SessionInfo): void {
  queryClient.removeQueries({ queryKey: privateQueryKey() });
  queryClient.setQueryData(getSessionQueryOptions().queryKey, session);
}

export function getSession(signal?: AbortSignal) {
  return apiGet('/auth/session', SessionInfoSchema, {}, signal);
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'session'],
    queryFn: ({ signal }) => getSession(signal),
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
