import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { may, type User } from '@malbild/shared';
import { useSetupStatus } from '../../../lib/api/get-setup-status';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { confirmLeaving } from '../../../lib/unsaved-changes';
import { useLogOut } from '../api/log-out';
import { strings } from '../strings';
import '../auth.css';

/** In the header: a discreet "Logga in" for the public; name, own pages and "Logga ut" once in. */
export function UserMenu() {
  const session = useSession();
  const { pathname, search } = useLocation();
  const user = session.data?.user;
  if (!session.isSuccess) return null;
  if (!user) {
    const here = pathname === paths.signIn() ? undefined : pathname + search;
    return (
      <Link className="user-menu__sign-in" to={paths.signIn(here)}>
        {strings.signIn}
      </Link>
    );
  }
  return <SignedInMenu user={user} />;
}

function SignedInMenu({ user }: { user: User }) {
  const logOut = useLogOut();
  const navigate = useNavigate();
  // While setting up the municipality is not finished, the way back to its steps.
  const setup = useSetupStatus({ enabled: may(user, 'editStructure') });
  const setupLeft = setup.data && Object.values(setup.data.steps).includes(false);
  const signOut = () => {
    if (!confirmLeaving()) return;
    logOut.mutate(undefined, {
      // Signed in through the provider: offer its sign-out too, on the sign-in page.
      onSuccess: ({ providerLogoutUrl }) =>
        void navigate(providerLogoutUrl ? paths.signIn() : '/', { state: { providerLogoutUrl } }),
      onError: () => void navigate('/'),
    });
  };
  return (
    <nav className="user-menu" aria-label={strings.userMenuLabel}>
      <ul className="user-menu__links">
        {setupLeft && (
          <li>
            <NavLink to={paths.setup}>{strings.linkSetup}</NavLink>
          </li>
        )}
        {may(user, 'enterValues') && (
          <>
            <li>
              <NavLink to={paths.entry()} end>
                {strings.linkEntry}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.definitions()}>{strings.linkDefinitions}</NavLink>
            </li>
            <li>
              <NavLink to={paths.imports}>{strings.linkImports}</NavLink>
            </li>
          </>
        )}
        {may(user, 'editActivities') && (
          <li>
            <NavLink to={paths.plan()}>{strings.linkPlan}</NavLink>
          </li>
        )}
        {may(user, 'editStructure') && (
          <li>
            <NavLink to={paths.adminPeriods()}>{strings.linkPeriods}</NavLink>
          </li>
        )}
        {may(user, 'editActivities') && (
          <li>
            <NavLink to={paths.reminders}>{strings.linkReminders}</NavLink>
          </li>
        )}
        {may(user, 'editDeadlines') && (
          <li>
            <NavLink to={paths.adminCompleteness()}>{strings.linkFollowUpCycle}</NavLink>
          </li>
        )}
        {may(user, 'reviewFollowUp') && (
          <li>
            <NavLink to={paths.reviewQueue}>{strings.linkReviewQueue}</NavLink>
          </li>
        )}
        {may(user, 'followUpControl') && (
          <li>
            <NavLink to={paths.internalControl()}>{strings.linkInternalControl}</NavLink>
          </li>
        )}
        {may(user, 'administer') ? (
          <li>
            <NavLink to={paths.adminUsers}>{strings.linkUsers}</NavLink>
          </li>
        ) : (
          may(user, 'manageUnits') && (
            <li>
              <NavLink to={paths.adminUnits}>{strings.linkUnits}</NavLink>
            </li>
          )
        )}
      </ul>
      <p className="user-menu__who">
        <span className="visually-hidden">{strings.signedInAs} </span>
        {user.displayName}
      </p>
      <button
        type="button"
        className="user-menu__sign-out"
        onClick={signOut}
        disabled={logOut.isPending}
      >
        {logOut.isPending ? strings.signingOut : strings.signOut}
      </button>
    </nav>
  );
}
