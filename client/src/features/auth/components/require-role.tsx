import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ROLE_LABELS, type Role } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { hasAnyRole, useSession } from '../../../lib/session';
import { strings } from '../strings';

interface RequireRoleProps {
  roles: readonly Role[];
  /** What the page lets one do, after "för att": "föra in utfall och målvärden". */
  purpose: string;
  children: ReactNode;
}

/**
 * Shows the page only to users with one of the roles; others get a plain Swedish explanation
 * and the way to sign in. The server refuses them anyway: this is for clarity, not security.
 */
export function RequireRole({ roles, purpose, children }: RequireRoleProps) {
  const session = useSession();
  if (session.data && hasAnyRole(session.data.user, roles)) return children;
  return (
    <div className="page">
      <QueryState query={session} label={strings.guardLoading}>
        {({ user }) => <Refusal signedIn={user !== null} roles={roles} purpose={purpose} />}
      </QueryState>
    </div>
  );
}

function Refusal({
  signedIn,
  roles,
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
  const roleNames = roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(` ${strings.or} `);
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
