import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PeriodQuerySchema, UnitWithCountsSchema } from '@malbild/shared';
import { createResponseCache } from '../plugins/response-cache';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from './route-options';

// unit = koncernenhet (förvaltning, bolag or förbund).
export const unitRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  // Counting the activities of every unit reads the whole period: counted once per change.
  const cache = createResponseCache(repositories.dataVersion);
  app.get(
    '/units',
    {
      schema: {
        tags: ['enheter'],
        summary: 'Koncernens enheter med antal målaktiviteter per år',
        description:
          'Antalen räknas från periodens (period, utan: den aktuella) aktivitetsrader; en aktivitet med flera ansvariga enheter räknas för var och en.',
        querystring: PeriodQuerySchema,
        response: { 200: UnitWithCountsSchema.array(), 404: ERROR_RESPONSES[404] },
      },
    },
    (request, reply) => {
      // Without any period yet (an empty database being set up) the units have no counts.
      const { period } = request.query;
      const periodId =
        period === undefined && !repositories.periods.current()
          ? undefined
          : requestedPeriod(app, repositories, request, period).id;
      cache.send(reply, `period=${periodId ?? ''}`, () => repositories.units.list(periodId));
    },
  );
};
