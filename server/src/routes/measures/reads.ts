import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessPeriod,
  MeasureParamsSchema,
  MeasureSchema,
  MeasureWithAssessmentSchema,
} from '@malbild/shared';
import { createResponseCache } from '../../plugins/response-cache';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from '../route-options';

/** The list of measures and one measure with its assessment. */
export const measureReadRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const cache = createResponseCache(repositories.dataVersion);
  app.get(
    '/measures',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Den aktuella periodens resultatmått med utfall och målvärden, i nummerordning',
        response: { 200: MeasureSchema.array(), 404: ERROR_RESPONSES[404] },
      },
    },
    (_request, reply) => {
      cache.send(reply, 'all', () =>
        repositories.measures.list(currentPeriodOrThrow(app, repositories).id),
      );
    },
  );

  app.get(
    '/measures/:number',
    {
      schema: {
        tags: ['resultatmått'],
        summary:
          'Ett resultatmått med utfall, målvärden, värden publicerade i andra dokument och bedömning över perioden',
        params: MeasureParamsSchema,
        response: { 200: MeasureWithAssessmentSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const period = currentPeriodOrThrow(app, repositories);
      const measure = repositories.measures.detail(period.id, number);
      if (!measure) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return { ...measure, assessment: assessPeriod(measure, period) };
    },
  );
};
