import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeasureHistorySchema, MeasureParamsSchema, PeriodQuerySchema } from '@malbild/shared';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from '../route-options';

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
        querystring: PeriodQuerySchema,
        response: { 200: MeasureHistorySchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const id = entry.measureId(period.id, number);
      if (id === undefined) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return {
        measureNumber: number,
        changes: entry.history(id),
        publishedValues: measures.publishedValues(id),
      };
    },
  );
};
