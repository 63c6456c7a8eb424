/** The identity provider (OpenID Connect) as the environment configures it; see the README. */
export interface OidcSettings {
  /** The provider's issuer identifier; its discovery document is read from it. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: this app's /api/auth/oidc/callback. */
  redirectUrl: URL;
  /** Where the provider's sign-out sends the browser back to. */
  postLogoutRedirectUrl: URL;
  /** The ID token's claim that names an account stably: sub, or oid for Entra ID. */
  subjectClaim: string;
  /** The ID token's claim that lists the user's groups (or app roles: "roles"). */
  groupsClaim: string;
  scopes: string;
  /** The words after "Logga in med" on the sign-in page. */
  providerName: string;
}

/** How one may sign in, and whom to ask for access. */
export interface SignInSettings {
  /** Username and password of accounts kept here. */
  localLogin: boolean;
  oidc: OidcSettings | null;
  accessContact: string;
}

export const DEFAULT_ACCESS_CONTACT =
  'Kontakta en administratör för Målbild eller kommunens IT-avdelning och be om behörighet.';

export const LOCAL_LOGIN_ONLY: SignInSettings = {
  localLogin: true,
  oidc: null,
  accessContact: DEFAULT_ACCESS_CONTACT,
};

function url(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, e.g. https://…; got ${value}`);
  }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain HTTP only to this machine (a provider in tests or development), never over a network. */
export function isLoopback(address: URL): boolean {
  return LOOPBACK.has(address.hostname);
}

function oidcSettingsFrom(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.MALBILD_OIDC_ISSUER;
  if (!issuer) return null;
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`MALBILD_OIDC_ISSUER is set, so ${name} is needed too`);
    return value;
  };
  const settings: OidcSettings = {
    issuer: url('MALBILD_OIDC_ISSUER', issuer),
    clientId: required('MALBILD_OIDC_CLIENT_ID'),
    clientSecret: required('MALBILD_OIDC_CLIENT_SECRET'),
    redirectUrl: url('MALBILD_OIDC_REDIRECT_URL', required('MALBILD_OIDC_REDIRECT_URL')),
    postLogoutRedirectUrl: url(
      'MALBILD_OIDC_POST_LOGOUT_REDIRECT_URL',
      env.MALBILD_OIDC_POST_LOGOUT_REDIRECT_URL ||
        new URL('/', required('MALBILD_OIDC_REDIRECT_URL')).href,
    ),
    subjectClaim: env.MALBILD_OIDC_SUBJECT_CLAIM || 'sub',
    groupsClaim: env.MALBILD_OIDC_GROUPS_CLAIM || 'groups',
    scopes: env.MALBILD_OIDC_SCOPES || 'openid profile',
    providerName: env.MALBILD_OIDC_PROVIDER_NAME || 'kommunens konto',
  };
  for (const [name, address] of [
    ['MALBILD_OIDC_ISSUER', settings.issuer],
    ['MALBILD_OIDC_REDIRECT_URL', settings.redirectUrl],
  ] as const) {
    if (address.protocol !== 'https:' && !isLoopback(address)) {
      throw new Error(`${name} must use https (plain http only on localhost); got ${address.href}`);
    }
  }
  if (!settings.scopes.split(' ').includes('openid')) {
    throw new Error('MALBILD_OIDC_SCOPES must include openid');
  }
  return settings;
}

/** The sign-in settings of MALBILD_LOCAL_LOGIN, MALBILD_OIDC_* and MALBILD_ACCESS_CONTACT. */
export function signInSettingsFrom(env: NodeJS.ProcessEnv): SignInSettings {
  const oidc = oidcSettingsFrom(env);
  const local = env.MALBILD_LOCAL_LOGIN;
  if (local !== undefined && local !== '' && local !== 'true' && local !== 'false') {
    throw new Error(`MALBILD_LOCAL_LOGIN must be true or false; got ${local}`);
  }
  const localLogin = local !== 'false';
  if (!localLogin && !oidc) {
    throw new Error('MALBILD_LOCAL_LOGIN=false needs MALBILD_OIDC_ISSUER: nobody could sign in');
  }
  return { localLogin, oidc, accessContact: env.MALBILD_ACCESS_CONTACT || DEFAULT_ACCESS_CONTACT };
}
