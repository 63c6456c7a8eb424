import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorResponseSchema,
  LoginSchema,
  LogoutResultSchema,
  SessionInfoSchema,
} from '@malbild/shared';
import { endSession, sessionTokenHash, startSession } from '../auth/session-plugin';
import type { AuthRouteOptions } from '../auth/sign-in-methods';
import { checkUsernameLimit, trustDevice } from '../auth/sign-in-limit';
import { NO_PASSWORD } from '../db/identity-users';

const WRONG_CREDENTIALS = 'Fel användarnamn eller lösenord.';

// Sign-in and sign-out. Sign-in is limited per client address (the route's rate limit) and per
// username (auth/sign-in-limit.ts) against password guessing.
// Sign-in through the identity provider is routes/auth-oidc.ts.
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { repositories, passwords, signIn },
) => {
  const { users, sessions, audit, identitySignIns, signInLimits } = repositories;
  const localLoginOff = async () => {
    if (!signIn.localLogin) {
      throw app.httpErrors.forbidden(
        `Inloggning med lösenord är avstängd här. Logga in med ${signIn.provider?.settings.providerName ?? 'kommunens konto'} i stället.`,
      );
    }
  };

  app.get(
    '/auth/session',
    {
      schema: {
        tags: ['inloggning'],
        summary: 'Den inloggade användaren (null för allmänheten) och säkerhetstoken för ändringar',
        response: { 200: SessionInfoSchema },
      },
    },
    (request) => ({ user: request.user, csrfToken: request.csrfToken }),
  );

  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      onRequest: localLoginOff,
      schema: {
        tags: ['inloggning'],
        summary: 'Logga in; sätter en httpOnly-sessionskaka',
        body: LoginSchema,
        response: {
          200: SessionInfoSchema,
          400: ErrorResponseSchema,
          401: ErrorResponseSchema,
          403: ErrorResponseSchema.describe('Inloggning med lösenord är avstängd'),
          429: ErrorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const account = users.credentials(username);
      checkUsernameLimit(app, signInLimits, request, username, account?.id);
      // An account of the identity provider has no password: as slow a "no" as a missing user.
      const valid =
        account && account.passwordHash !== NO_PASSWORD
          ? await passwords.verify(password, account.passwordHash)
          : await passwords.verifyAgainstNothing(password);
      if (!account || !valid || account.disabledAt !== null) {
        audit.record({
          actor: null,
          action: 'login_failed',
          subject: username,
          detail: { ip: request.ip },
        });
        throw app.httpErrors.unauthorized(WRONG_CREDENTIALS);
      }
      const { csrfToken } = startSession(app, sessions, request, reply, account.id);
      trustDevice(signInLimits, request, reply, account.id);
      audit.record({ actor: username, action: 'login', detail: { ip: request.ip } });
      return { user: users.get(account.id) ?? null, csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['inloggning'],
        summary: 'Logga ut; med adressen till identitetsleverantörens utloggning när den finns',
        response: { 200: LogoutResultSchema },
      },
    },
    async (request, reply) => {
      const tokenHash = sessionTokenHash(request);
      const idToken = tokenHash && identitySignIns.idToken(tokenHash);
      const providerLogoutUrl = idToken ? await signIn.provider?.logoutUrl(idToken) : null;
      if (request.user) {
        audit.record({
          actor: request.user.username,
          action: idToken ? 'oidc_logout' : 'logout',
        });
      }
      endSession(sessions, request, reply);
      return { providerLogoutUrl: providerLogoutUrl ?? null };
    },
  );
};
