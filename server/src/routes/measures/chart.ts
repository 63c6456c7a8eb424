import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponseSchema, MeasureParamsSchema, PeriodQuerySchema } from '@malbild/shared';
import type { ChartFormat } from '../../reports/chart-image';
import { ERROR_RESPONSES, type RouteOptions } from '../route-options';
import { measureWithAssessment } from './reads';

const TYPES: Record<ChartFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
};

/** The measure's chart as an image to download, embed or share (og:image), drawn by the site's chart. */
export const measureChartRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, workers },
) => {
  for (const format of ['svg', 'png'] as const) {
    app.get(
      `/measures/:number/chart.${format}`,
      {
        schema: {
          tags: ['resultatmått'],
          summary: `Resultatmåttets diagram som ${format.toUpperCase()}, ritat med webbplatsens diagram`,
          params: MeasureParamsSchema,
          querystring: PeriodQuerySchema,
          produces: [TYPES[format]],
          response: {
            200: z.any().describe('Bilden'),
            ...ERROR_RESPONSES,
            503: ErrorResponseSchema.describe('Klienten är inte byggd: inget diagram att rita med'),
          },
        },
      },
      async (request, reply) => {
        const { number } = request.params;
        const measure = measureWithAssessment(
          app,
          repositories,
          request,
          number,
          request.query.period,
        );
        const organisation = repositories.organisation.get().name;
        const [image] = await workers.renderCharts([{ measure, organisation }], format);
        reply
          .type(TYPES[format])
          .header('content-disposition', `inline; filename="resultatmatt-${number}.${format}"`);
        return Buffer.from(image!.file);
      },
    );
  }
};
