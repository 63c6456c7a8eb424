import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { SessionInfoSchema, type Role, type SessionInfo, type User } from '@malbild/shared';
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

export function hasAnyRole(user: User | null | undefined, roles: readonly Role[]): boolean {
  return !!user && user.roles.some((role) => roles.includes(role));
}

/** Roles that may enter outcomes, targets and measure definitions (the API's rule). */
export const ENTRY_ROLES: readonly Role[] = ['controller', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];
/** Roles that may edit some unit's plan för målaktiviteter (the API's mayEditUnits). */
export const PLAN_ROLES: readonly Role[] = ['unit_editor', 'controller', 'admin'];

/** Lets every write take the CSRF token from the cached session, and notice when it is gone. */
export function connectSessionToWrites(queryClient: QueryClient): void {
  connectWriteSession({
    csrfToken: async () => (await queryClient.ensureQueryData(getSessionQueryOptions())).csrfToken,
    lost: () => void queryClient.invalidateQueries({ queryKey: getSessionQueryOptions().queryKey }),
  });
}
