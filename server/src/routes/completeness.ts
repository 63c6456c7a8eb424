import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CompletenessQuerySchema,
  CompletenessSchema,
  ReminderSchema,
  swedishDay,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { CHECKS, completenessItems } from '../completeness/checks';
import { refuseField } from '../db/field-error';
import { requestedPeriod, WRITE_RESPONSES, type RouteOptions } from './route-options';

// What is due, missing or late (controllers), and the signed-in user's own reminders: the app's
// copy of every reminder, the only one where there is no SMTP (decision 018).
export const completenessRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  app.get(
    '/completeness',
    {
      preHandler: requirePermission('editDeadlines'),
      schema: {
        tags: ['kalender'],
        summary:
          'Vad som ska vara klart, saknas eller är försenat ett år: utfall, analyser, planer, uppföljning av målaktiviteter, intern kontroll',
        querystring: CompletenessQuerySchema,
        response: { 200: CompletenessSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const { year, period: periodId } = request.query;
      const period = requestedPeriod(app, repositories, request, periodId);
      if (year < period.startYear || year > period.endYear) {
        refuseField('year', `Välj ett år i perioden ${period.name}`);
      }
      const today = swedishDay(new Date());
      const dates = repositories.deadlines.datesOf(period, year);
      return {
        periodId: period.id,
        year,
        today,
        checks: CHECKS.map(({ id, label }) => ({ id, label })),
        items: completenessItems({ period, year, today, dates, repositories }),
      };
    },
  );

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
