import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CompletenessQuerySchema, CompletenessSchema, swedishDay } from '@malbild/shared';
import { requirePermission } from '../auth/guards';
import { CHECKS, completenessItems } from '../completeness/checks';
import { refuseField } from '../db/field-error';
import { requestedPeriod, WRITE_RESPONSES, type RouteOptions } from './route-options';

// What is due, missing or late (controllers); the reminders it leads to are routes/reminders.ts.
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
};
