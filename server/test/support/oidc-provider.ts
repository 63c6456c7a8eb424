import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account at the test provider: the claims its ID token carries. */
export interface TestAccount {
  name: string;
  preferred_username: string;
  groups: string[];
}

export const CLIENT_ID = 'malbild';
/** Never contacted: the tests hand the provider's redirect to app.inject. */
export const REDIRECT_URL = 'http://localhost:3205/api/auth/oidc/callback';
export const POST_LOGOUT_URL = 'http://localhost:3205/logga-in';

/**
 * A real OpenID Connect provider (oidc-provider) on a loopback port, with keys and a client
 * secret made at run time. Its login and consent pages are replaced by one step that signs in
 * the account the test chose (`signInAs`) and grants what the client asked for, so a test
 * follows the provider's own redirects as a browser would.
 */
export async function startTestProvider(
  accounts: Map<string, TestAccount>,
  { redirectUrl = REDIRECT_URL, postLogoutUrl = POST_LOGOUT_URL } = {},
) {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientSecret = randomBytes(32).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let nextAccount = '';

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [redirectUrl],
        post_logout_redirect_uris: [postLogoutUrl],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: {
      keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }],
    },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
    // The scopes' claims in the ID token itself, as Entra ID puts its optional claims there.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: (ctx, form) => void (ctx.body = form) },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: () => ({ sub, ...account }) };
    },
  });
  const callback = provider.callback();

  async function interact(request: IncomingMessage, response: ServerResponse) {
    const details = await provider.interactionDetails(request, response);
    if (details.prompt.name === 'login') {
      await provider.interactionFinished(request, response, { login: { accountId: nextAccount } });
      return;
    }
    const grant = new provider.Grant({
      accountId: details.session!.accountId,
      clientId: CLIENT_ID,
    });
    const missing = details.prompt.details as { missingOIDCScope?: string[] };
    grant.addOIDCScope((missing.missingOIDCScope ?? []).join(' '));
    const grantId = await grant.save();
    await provider.interactionFinished(
      request,
      response,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.url?.startsWith('/interaction/')) {
      interact(request, response).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    } else {
      void callback(request, response);
    }
  });

  return {
    issuer,
    clientSecret,
    /** The account the next sign-in at the provider signs in as. */
    signInAs(sub: string) {
      nextAccount = sub;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type TestProvider = Awaited<ReturnType<typeof startTestProvider>>;

/** The provider's cookies, as a browser keeps them (one jar per simulated browser). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/**
 * Follows the provider's redirects from `url` as a browser would, until the provider sends the
 * browser back to the app (REDIRECT_URL or POST_LOGOUT_URL): that address is returned.
 */
export async function followProvider(
  url: string,
  jar: CookieJar,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  let next = new URL(url);
  let request = init;
  for (let hop = 0; hop < 20; hop += 1) {
    const response = await fetch(next, {
      ...request,
      redirect: 'manual',
      headers: { ...request.headers, cookie: jar.header() },
    });
    jar.keep(response);
    const location = response.headers.get('location');
    if (!location) return { url: next, response };
    next = new URL(location, next);
    if (next.href.startsWith(REDIRECT_URL) || next.href.startsWith(POST_LOGOUT_URL)) {
      return { url: next, response };
    }
    request = {};
  }
  throw new Error(`more than 20 redirects from ${url}`);
}
