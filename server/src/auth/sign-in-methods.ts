import type { RouteOptions } from '../routes/route-options';
import type { RelyingParty } from './oidc-relying-party';

/** How one may sign in here (MALBILD_LOCAL_LOGIN, MALBILD_OIDC_*), for the sign-in routes. */
export interface SignInMethods {
  localLogin: boolean;
  /** The identity provider's client, when one is configured. */
  provider: RelyingParty | null;
  accessContact: string;
}

export interface AuthRouteOptions extends RouteOptions {
  signIn: SignInMethods;
}
