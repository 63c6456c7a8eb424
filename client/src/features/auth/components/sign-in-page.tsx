import { Link, useNavigate, useSearchParams } from 'react-router';
import { may, type User } from '@malbild/shared';
import { paths, safeReturnPath, searchParamNames } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { strings } from '../strings';
import { SignInForm } from './sign-in-form';

/** Where a user lands after signing in without a page to return to: the work their role does. */
function homeOf(user: User | null): string {
  if (may(user, 'enterValues')) return paths.entry();
  if (may(user, 'administer')) return paths.adminUsers;
  if (may(user, 'editActivities')) return paths.plan();
  return '/';
}

/** /logga-in, returning afterwards to ?till= (a path inside the app) or the role's own page. */
export function SignInPage() {
  useDocumentTitle(strings.signInTitle);
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(searchParamNames.returnTo));
  const user = session.data?.user;
  return (
    <div className="page">
      <h1>{strings.signInTitle}</h1>
      {user ? (
        <p>
          {strings.alreadySignedIn(user.displayName)}{' '}
          <Link to={returnTo ?? homeOf(user)}>{strings.continue}</Link>
        </p>
      ) : (
        <>
          <p>{strings.signInIntro}</p>
          <SignInForm
            onSignedIn={(next) => void navigate(returnTo ?? homeOf(next.user), { replace: true })}
          />
        </>
      )}
    </div>
  );
}
