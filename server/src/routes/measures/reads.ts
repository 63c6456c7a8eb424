import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessPeriod,
  MeasureParamsSchema,
  MeasureSchema,
  MeasureWithAssessmentSchema,
  PeriodQuerySchema,
} from '@malbild/shared';
import { createResponseCache } from '../../plugins/response-cache';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from '../route-options';

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
        summary: 'Periodens resultatmått med utfall och målvärden, i nummerordning',
        description:
          'period: målperiodens id (utan: den aktuella). Utfallen är hela tidsseriens, också från tidigare perioder som måttet fortsätter.',
        querystring: PeriodQuerySchema,
        response: { 200: MeasureSchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request, reply) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      cache.send(reply, `period=${period.id}`, () => repositories.measures.list(period.id));
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
        querystring: PeriodQuerySchema,
        response: { 200: MeasureWithAssessmentSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const measure = repositories.measures.detail(period.id, number);
      if (!measure) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return { ...measure, assessment: assessPeriod(measure, period) };
    },
  );
};
