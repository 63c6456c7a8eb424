import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  OIDC_OUTCOME_PARAM,
  may,
  OidcOutcomeSchema,
  type AuthOptions,
  type User,
} from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { paths, safeReturnPath, searchParamNames } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAuthOptions } from '../api/get-auth-options';
import { strings } from '../strings';
import { NoAccess } from './no-access';
import { ProviderSignIn } from './provider-sign-in';
import { ProviderSignOut } from './provider-sign-out';
import { SignInForm } from './sign-in-form';

/** Where a user lands after signing in without a page to return to: the work their role does. */
function homeOf(user: User | null): string {
  if (may(user, 'enterValues')) return paths.entry();
  if (may(user, 'administer')) return paths.adminUsers;
  if (may(user, 'editActivities')) return paths.plan();
  return '/';
}

/** The user menu's sign-out leaves the provider's sign-out here, in the location's state. */
function providerLogoutUrlOf(state: unknown): string | null {
  const url: unknown =
    typeof state === 'object' && state !== null && 'providerLogoutUrl' in state
      ? state.providerLogoutUrl
      : null;
  return typeof url === 'string' ? url : null;
}

/**
 * /logga-in, returning afterwards to ?till= (a path inside the app) or the role's own page. The
 * identity provider's callback comes back here too, with ?inloggning= saying how it went.
 */
export function SignInPage() {
  useDocumentTitle(strings.signInTitle);
  const session = useSession();
  const options = useAuthOptions();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get(searchParamNames.returnTo));
  const outcome = OidcOutcomeSchema.safeParse(params.get(OIDC_OUTCOME_PARAM)).data;
  const user = session.data?.user;
  if (user && outcome === 'signed-in') return <Navigate to={returnTo ?? homeOf(user)} replace />;
  const providerLogoutUrl = providerLogoutUrlOf(location.state as unknown);
  return (
    <div className="page">
      <QueryState query={options} label={strings.optionsLabel}>
        {(configured) =>
          !user && outcome === 'no-access' ? (
            <NoAccess options={configured} />
          ) : (
            <>
              <h1>{strings.signInTitle}</h1>
              {providerLogoutUrl && configured.provider && (
                <ProviderSignOut url={providerLogoutUrl} name={configured.provider.name} />
              )}
              {outcome && outcome !== 'signed-in' && outcome !== 'no-access' && (
                <div className="error-box" role="alert">
                  <p>
                    <strong>{strings.errorSummaryTitle}.</strong> {strings.outcomes[outcome]}
                  </p>
                </div>
              )}
              {user ? (
                <p>
                  {strings.alreadySignedIn(user.displayName)}{' '}
                  <Link to={returnTo ?? homeOf(user)}>{strings.continue}</Link>
                </p>
              ) : (
                <>
                  <p>{strings.signInIntro}</p>
                  <SignInChoices
                    options={configured}
                    returnTo={returnTo}
                    onSignedIn={(next) =>
                      void navigate(returnTo ?? homeOf(next), { replace: true })
                    }
                  />
                </>
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}

interface SignInChoicesProps {
  options: AuthOptions;
  returnTo: string | undefined;
  onSignedIn: (user: User | null) => void;
}

/** The provider's button first (what staff use), then the password form when it is allowed. */
function SignInChoices({ options, returnTo, onSignedIn }: SignInChoicesProps) {
  const form = <SignInForm onSignedIn={(next) => onSignedIn(next.user)} />;
  if (!options.provider) return form;
  return (
    <>
      <ProviderSignIn name={options.provider.name} returnTo={returnTo} />
      {options.localLogin && (
        <section aria-labelledby="password-sign-in-heading">
          <h2 id="password-sign-in-heading">{strings.passwordHeading}</h2>
          {form}
        </section>
      )}
    </>
  );
}
