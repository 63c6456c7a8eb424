import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeasureHistorySchema, MeasureParamsSchema } from '@malbild/shared';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from '../route-options';

/** The public history of every change to a measure's outcomes, targets and definition. */
export const measureHistoryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { entry, measures } = repositories;
  app.get(
    '/measures/:number/history',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Alla ändringar av resultatmåttets utfall, målvärden och definition, nyaste först',
        params: MeasureParamsSchema,
        response: { 200: MeasureHistorySchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const id = entry.measureId(currentPeriodOrThrow(app, repositories).id, number);
      if (id === undefined) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return {
        measureNumber: number,
        changes: entry.history(id),
        publishedValues: measures.publishedValues(id),
      };
    },
  );
};
