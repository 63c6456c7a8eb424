import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  conflictResponseSchema,
  DefinitionChangeSchema,
  MeasureParamsSchema,
  PeriodQuerySchema,
  StoredDefinitionSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../../auth/guards';
import { unknownUnits, withLookups } from '../lookups';
import {
  ERROR_RESPONSES,
  expectWritable,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';

/** A measure's definition as controllers keep it, versioned. */
export const measureDefinitionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { definitions } = repositories;

  app.get(
    '/measures/:number/definition',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Resultatmåttets definition med version, för ändring',
        params: MeasureParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: StoredDefinitionSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const stored = definitions.get(period.id, number);
      if (!stored) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return stored;
    },
  );

  app.patch(
    '/measures/:number/definition',
    {
      preHandler: requirePermission('enterValues'),
      schema: {
        tags: ['resultatmått'],
        summary:
          'Ändra resultatmåttets definition; en inaktuell version ger 409 med aktuell definition',
        params: MeasureParamsSchema,
        querystring: PeriodQuerySchema,
        body: withLookups(DefinitionChangeSchema, ({ responsibleUnit }) =>
          unknownUnits(repositories, responsibleUnit ? [responsibleUnit] : [], 'responsibleUnit'),
        ),
        response: {
          200: StoredDefinitionSchema,
          409: conflictResponseSchema(StoredDefinitionSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) => {
      const period = requestedPeriod(app, repositories, request, request.query.period);
      const user = signedInUser(request);
      expectWritable(app, period, user, request.body.reason);
      return definitions.change(period.id, request.params.number, request.body, user);
    },
  );
};
