import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessPeriod,
  MeasureParamsSchema,
  MeasureSchema,
  MeasureWithAssessmentSchema,
  PeriodQuerySchema,
  type MeasureWithAssessment,
} from '@malbild/shared';
import { createResponseCache } from '../../plugins/response-cache';
import type { Repositories } from '../../db/repositories';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from '../route-options';

/** The measure of the requested period (?period=) with its assessment; 404 when there is none. */
export function measureWithAssessment(
  app: FastifyInstance,
  repositories: Repositories,
  request: FastifyRequest,
  number: number,
  periodId: number | undefined,
): MeasureWithAssessment {
  const period = requestedPeriod(app, repositories, request, periodId);
  const measure = repositories.measures.detail(period.id, number);
  if (!measure) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
  return { ...measure, assessment: assessPeriod(measure, period) };
}

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
    (request) =>
      measureWithAssessment(
        app,
        repositories,
        request,
        request.params.number,
        request.query.period,
      ),
  );
};
