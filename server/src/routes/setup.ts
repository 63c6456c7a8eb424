import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ErrorResponseSchema,
  FirstAdminSchema,
  SessionInfoSchema,
  SetupStatusSchema,
} from '@malbild/shared';
import { addFirstAdmin } from '../auth/first-admin';
import { startSession } from '../auth/session-plugin';
import { setupCodeMatches } from '../auth/setup-code';
import { refuseField } from '../db/field-error';
import { ACCOUNT_EXISTS } from '../db/users';
import { ERROR_RESPONSES, type RouteOptions } from './route-options';

export interface SetupRouteOptions extends RouteOptions {
  /** The one-time code in the server's log while there is no account; none: only the CLI or env. */
  setupCode: string | undefined;
}

// The first run on an empty database (/kom-igang, decision 014): how far the setup has come,
// and the first administrator, created once with the server's one-time code and signed in.
export const setupRoutes: FastifyPluginAsyncZod<SetupRouteOptions> = async (
  app,
  { repositories, passwords, setupCode },
) => {
  const { setup, users, sessions, audit } = repositories;
  const tags = ['kom igång'];

  app.get(
    '/setup',
    {
      schema: {
        tags,
        summary:
          'Hur långt uppsättningen har kommit: administratör, kommunen, period, struktur, enheter, aktiverad',
        response: { 200: SetupStatusSchema },
      },
    },
    () => setup.status(),
  );

  app.post(
    '/setup/first-admin',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Skapa den första administratören (bara när inget konto finns, med engångskoden från serverns logg); loggar in',
        body: FirstAdminSchema,
        response: {
          201: SessionInfoSchema,
          ...ERROR_RESPONSES,
          403: ErrorResponseSchema.describe(
            'Servern har ingen engångskod: skapa kontot med npm run user:add',
          ),
          409: ErrorResponseSchema.describe('Det finns redan ett konto'),
          429: ErrorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      // Refused before the code is looked at: once set up, no code opens this door again.
      if (users.count() > 0) throw app.httpErrors.conflict(ACCOUNT_EXISTS);
      if (!setupCode) {
        throw app.httpErrors.forbidden(
          'Den här servern tar inte emot ett första konto från webbläsaren. Skapa det med npm run user:add.',
        );
      }
      const { setupCode: given, ...account } = request.body;
      if (!setupCodeMatches(setupCode, given)) {
        audit.record({ actor: null, action: 'first_admin_refused', detail: { ip: request.ip } });
        refuseField('setupCode', 'Engångskoden stämmer inte. Den står i serverns logg.');
      }
      const user = await addFirstAdmin(users, passwords.hash, account);
      audit.record({
        actor: user.username,
        action: 'first_admin_created',
        detail: { ip: request.ip },
      });
      const { csrfToken } = startSession(app, sessions, request, reply, user.id);
      return reply.code(201).send({ user, csrfToken });
    },
  );
};
