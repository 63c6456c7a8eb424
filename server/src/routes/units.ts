import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { UnitWithCountsSchema } from '@malbild/shared';
import { createResponseCache } from '../plugins/response-cache';
import type { RouteOptions } from './route-options';

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
          'Antalen räknas från den aktuella periodens aktivitetsrader; en aktivitet med flera ansvariga enheter räknas för var och en.',
        response: { 200: UnitWithCountsSchema.array() },
      },
    },
    (_request, reply) => {
      cache.send(reply, 'all', () => repositories.units.list(repositories.periods.current()?.id));
    },
  );
};
