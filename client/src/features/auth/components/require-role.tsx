import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { may, rolesFor, ROLE_LABELS, type Permission } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { strings } from '../strings';

interface RequireRoleProps {
  /** What the page needs the user to be allowed (the shared rule the API enforces too). */
  permission: Permission;
  /** What the page lets one do, after "för att": "föra in utfall och målvärden". */
  purpose: string;
  children: ReactNode;
}

/**
 * Shows the page only to users with the permission; others get a plain Swedish explanation
 * and the way to sign in. The server refuses them anyway: this is for clarity, not security.
 */
export function RequireRole({ permission, purpose, children }: RequireRoleProps) {
  const session = useSession();
  if (session.data && may(session.data.user, permission)) return children;
  return (
    <div className="page">
      <QueryState query={session} label={strings.guardLoading}>
        {({ user }) => (
          <Refusal signedIn={user !== null} permission={permission} purpose={purpose} />
        )}
      </QueryState>
    </div>
  );
}

function Refusal({
  signedIn,
  permission,
  purpose,
}: Omit<RequireRoleProps, 'children'> & { signedIn: boolean }) {
  const { pathname, search } = useLocation();
  if (!signedIn) {
    return (
      <>
        <h1>{strings.guardSignInTitle}</h1>
        <p>{strings.guardSignIn(purpose)}</p>
        <p>
          <Link to={paths.signIn(pathname + search)}>{strings.guardSignInLink}</Link>
        </p>
      </>
    );
  }
  const roleNames = rolesFor(permission)
    .map((role) => ROLE_LABELS[role].toLowerCase())
    .join(` ${strings.or} `);
  return (
    <>
      <h1>{strings.guardWrongRoleTitle}</h1>
      <p>{strings.guardWrongRole(purpose, roleNames)}</p>
      <p>
        <Link to="/">{strings.guardToStart}</Link>
      </p>
    </>
  );
}
