import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { UnitWithCountsSchema } from '@malbild/shared';
import type { RouteOptions } from './route-options';

// unit = koncernenhet (förvaltning, bolag or förbund).
export const unitRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
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
    () => repositories.units.list(repositories.periods.current()?.id),
  );
};
