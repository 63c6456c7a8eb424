import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema, LoginSchema, SessionInfoSchema } from '@malbild/shared';
import { endSession, startSession } from '../auth/session-plugin';
import type { RouteOptions } from './route-options';

const WRONG_CREDENTIALS = 'Fel användarnamn eller lösenord.';

// Sign-in and sign-out. Sign-in is rate-limited per client address against password guessing.
export const authRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, passwords },
) => {
  const { users, sessions, audit } = repositories;

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
      schema: {
        tags: ['inloggning'],
        summary: 'Logga in; sätter en httpOnly-sessionskaka',
        body: LoginSchema,
        response: { 200: SessionInfoSchema, 400: ErrorResponseSchema, 401: ErrorResponseSchema },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const account = users.credentials(username);
      const valid = account
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
      const csrfToken = startSession(app, sessions, request, reply, account.id);
      audit.record({ actor: username, action: 'login', detail: { ip: request.ip } });
      return { user: users.get(account.id) ?? null, csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['inloggning'], summary: 'Logga ut', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.user) audit.record({ actor: request.user.username, action: 'logout' });
      endSession(sessions, request, reply);
      return reply.code(204).send(null);
    },
  );
};
