import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MeasureComparisonSchema, MeasureParamsSchema, PeriodQuerySchema } from '@malbild/shared';
import { measureComparison } from '../../kolada/comparison';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from '../route-options';

/** A measure's comparison with the country and a group of municipalities, from Kolada. */
export const measureComparisonRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  app.get(
    '/measures/:number/comparison',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Resultatmåttets jämförelse med riket och en jämförelsegrupp (källa: Kolada)',
        description:
          'Värdena hämtas av servern från Kolada enligt schema och sparas med hämtningstid; ' +
          'svaret läser bara det sparade. Riket är Koladas värde för hela landet (0000), ' +
          'jämförelsegruppen Koladas ovägda medelvärde för gruppens kommuner. ' +
          'null: måttet har inget Kolada-id eller inget har hämtats ännu.',
        params: MeasureParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: MeasureComparisonSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const measure = repositories.measures.detail(period.id, number);
      if (!measure) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return measureComparison(repositories, measure.koladaKpi);
    },
  );
};
