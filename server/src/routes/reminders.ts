import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ReminderSchema } from '@malbild/shared';
import { signedInUser } from '../auth/guards';
import { WRITE_RESPONSES, type RouteOptions } from './route-options';

// The signed-in user's own reminders: the app's copy of every reminder, the only one where there
// is no SMTP (decision 018).
export const reminderRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  app.get(
    '/reminders',
    {
      preHandler: async (request) => {
        if (!request.user)
          throw app.httpErrors.unauthorized('Logga in för att se dina påminnelser.');
      },
      schema: {
        tags: ['kalender'],
        summary: 'Den inloggades påminnelser, nyaste först (de som skickats med e-post också)',
        response: { 200: ReminderSchema.array(), ...WRITE_RESPONSES },
      },
    },
    (request) => repositories.reminders.ofUser(signedInUser(request).id),
  );
};
