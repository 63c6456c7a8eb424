import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeasureDetailSchema, MeasureParamsSchema, MeasureSchema } from '@malbild/shared';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

// measure = resultatmått, with its utfall (outcomes) and målvärden (targets).
export const measureRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  app.get(
    '/measures',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Den aktuella periodens resultatmått med utfall och målvärden, i nummerordning',
        response: { 200: MeasureSchema.array(), 404: ERROR_RESPONSES[404] },
      },
    },
    () => repositories.measures.list(currentPeriodOrThrow(app, repositories).id),
  );

  app.get(
    '/measures/:number',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Ett resultatmått med utfall, målvärden och värden publicerade i andra dokument',
        params: MeasureParamsSchema,
        response: { 200: MeasureDetailSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const measure = repositories.measures.detail(
        currentPeriodOrThrow(app, repositories).id,
        number,
      );
      if (!measure) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return measure;
    },
  );
};
