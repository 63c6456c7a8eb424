import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AuthOptionsSchema,
  ErrorResponseSchema,
  OIDC_OUTCOME_PARAM,
  OidcStartSchema,
  type OidcOutcome,
} from '@malbild/shared';
import { identityFromClaims } from '../auth/oidc-claims';
import { OidcRefusedError, type RelyingParty } from '../auth/oidc-relying-party';
import { startSession } from '../auth/session-plugin';
import type { AuthRouteOptions } from '../auth/sign-in-methods';
import type { PendingSignIn } from '../db/identity-sign-ins';
import { hashToken } from '../auth/token-hash';

/**
 * Ties a sign-in under way to the browser that began it. SameSite=Lax, not Strict: the browser
 * comes back from the provider's site, and only a Lax cookie is sent on that navigation.
 */
const BROWSER_COOKIE = 'malbild_oidc';
const BROWSER_COOKIE_PATH = '/api/auth/oidc';
/** How long a sign-in at the provider may take, MFA included. */
const SIGN_IN_MINUTES = 10;

const isAppPath = (path: string) =>
  path.startsWith('/') && !path.startsWith('//') && !path.includes('\\');

const StartQuerySchema = z.object({
  till: z
    .string()
    .max(500, 'Adressen får ha högst 500 tecken')
    .refine(isAppPath, 'Adressen att återvända till måste vara en sida i Målbild')
    .optional(),
});

// What a provider may send back (RFC 6749 §4.1.2, RFC 9207's iss, Entra's session_state).
const CallbackQuerySchema = z.object({
  code: z.string().max(4000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(500).optional(),
  session_state: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

/** The sign-in page, told how the sign-in ended; "till" is the page to go on to. */
function signInPage(outcome: OidcOutcome, returnTo: string | null = null): string {
  const search = new URLSearchParams({ [OIDC_OUTCOME_PARAM]: outcome });
  if (returnTo) search.set('till', returnTo);
  return `/logga-in?${search.toString()}`;
}

// Sign-in through the municipality's identity provider (OpenID Connect), decision 007; and
// which ways of signing in there are, for the sign-in page.
export const oidcRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { repositories, signIn },
) => {
  const { identitySignIns, identityUsers, sessions, audit } = repositories;
  const tags = ['inloggning'];

  app.get(
    '/auth/options',
    {
      schema: {
        tags,
        summary: 'Hur man kan logga in här: lösenord, identitetsleverantör eller båda',
        response: { 200: AuthOptionsSchema },
      },
    },
    () => ({
      localLogin: signIn.localLogin,
      provider: signIn.provider && { name: signIn.provider.settings.providerName },
      accessContact: signIn.accessContact,
    }),
  );

  const configured = (): RelyingParty => {
    if (!signIn.provider) {
      throw app.httpErrors.notFound('Inloggning med identitetsleverantör är inte inställd här.');
    }
    return signIn.provider;
  };

  app.get(
    '/auth/oidc/start',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Börja logga in hos identitetsleverantören; svarar med adressen dit',
        querystring: StartQuerySchema,
        response: {
          200: OidcStartSchema,
          404: ErrorResponseSchema.describe('Ingen identitetsleverantör är inställd'),
          503: ErrorResponseSchema.describe('Identitetsleverantören svarar inte'),
        },
      },
    },
    async (request, reply) => {
      const provider = configured();
      const { authorizationUrl, ...checks } = await provider.authorizationRequest();
      const sent = request.cookies[BROWSER_COOKIE];
      const browser = sent && sent.length <= 64 ? sent : randomBytes(32).toString('base64url');
      identitySignIns.begin({
        ...checks,
        browserHash: hashToken(browser),
        returnTo: request.query.till ?? null,
        expiresAt: new Date(Date.now() + SIGN_IN_MINUTES * 60_000).toISOString(),
      });
      reply.setCookie(BROWSER_COOKIE, browser, {
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        path: BROWSER_COOKIE_PATH,
        maxAge: SIGN_IN_MINUTES * 60,
      });
      return { authorizationUrl: authorizationUrl.href };
    },
  );

  /** The sign-in of this callback, if it is one this browser began and has not used. */
  function pendingSignIn(request: FastifyRequest, state: string | undefined): PendingSignIn {
    const pending = state === undefined ? undefined : identitySignIns.take(state);
    if (!pending) throw new OidcRefusedError('invalid', 'unknown, used or expired state');
    const browser = request.cookies[BROWSER_COOKIE];
    if (!browser || hashToken(browser) !== pending.browserHash) {
      throw new OidcRefusedError('invalid', 'the sign-in was begun in another browser');
    }
    return pending;
  }

  app.get(
    '/auth/oidc/callback',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Identitetsleverantören skickar tillbaka webbläsaren hit efter inloggningen',
        description:
          'Skickar vidare (303) till inloggningssidan: inloggad, eller med skälet till att inloggningen inte gick.',
        querystring: CallbackQuerySchema,
        response: { 303: z.null() },
      },
    },
    async (request, reply) => {
      const provider = configured();
      const { query, ip } = request;
      let subject: string | undefined;
      try {
        const pending = pendingSignIn(request, query.state);
        const params = new URLSearchParams(
          Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]),
        );
        const { claims, idToken } = await provider.complete(params, pending);
        const { identity, groupOverage } = identityFromClaims(claims, provider.settings);
        const { user, created, mappedGroups } = identityUsers.signIn(identity);
        subject = user.username;
        const detail = { ip, created, groups: identity.groups.length, mappedGroups, groupOverage };
        if (user.disabled) throw new OidcRefusedError('disabled', detail);
        if (user.roles.length === 0) throw new OidcRefusedError('no-access', detail);
        const session = startSession(app, sessions, request, reply, user.id);
        identitySignIns.saveIdToken(session.tokenHash, idToken);
        audit.record({ actor: user.username, action: 'oidc_login', detail });
        return await reply.redirect(signInPage('signed-in', pending.returnTo), 303);
      } catch (error) {
        // A refusal is an answer for the person at the browser, not an API error: they are sent
        // back to the sign-in page, which explains it. Everything else goes to the error handler.
        if (!(error instanceof OidcRefusedError)) throw error;
        const detail = typeof error.detail === 'string' ? { ip, why: error.detail } : error.detail;
        request.log.warn({ reason: error.reason, ...detail }, 'sign-in refused');
        audit.record({
          actor: null,
          action: 'oidc_refused',
          ...(subject && { subject }),
          detail: { reason: error.reason, ...detail },
        });
        return reply.redirect(signInPage(error.reason), 303);
      }
    },
  );
};
