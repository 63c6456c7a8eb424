import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ActivityQuerySchema, ActivitySchema } from '@malbild/shared';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

// activity = målaktivitet; unit = koncernenhet.
export const activityRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  // A misspelt unit or measure would otherwise look like "no activities": say so instead.
  const querystring = ActivityQuerySchema.superRefine((query, context) => {
    if (query.unit !== undefined && !repositories.units.exists(query.unit)) {
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `Enheten ${query.unit} finns inte`,
      });
    }
    const period = repositories.periods.current();
    if (
      query.measure !== undefined &&
      period &&
      !repositories.measures.exists(period.id, query.measure)
    ) {
      context.addIssue({
        code: 'custom',
        path: ['measure'],
        message: `Resultatmått ${query.measure} finns inte`,
      });
    }
  });

  app.get(
    '/activities',
    {
      schema: {
        tags: ['målaktiviteter'],
        summary: 'Den aktuella periodens målaktiviteter, sorterade på år, resultatmått och ordning',
        description:
          'Filtren kombineras. En okänd enhetskod (unit) eller ett okänt resultatmått (measure) ger 400 med fältfel, ' +
          'inte en tom lista; ett år utan aktiviteter ger en tom lista.',
        querystring,
        response: { 200: ActivitySchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request) =>
      repositories.activities.list({
        periodId: currentPeriodOrThrow(app, repositories).id,
        ...request.query,
      }),
  );
};
