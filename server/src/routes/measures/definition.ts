import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  conflictResponseSchema,
  DefinitionChangeSchema,
  MeasureDefinitionSchema,
  MeasureParamsSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../../auth/guards';
import {
  currentPeriodOrThrow,
  ERROR_RESPONSES,
  WRITE_RESPONSES,
  type RouteOptions,
} from '../route-options';

const StoredDefinitionSchema = MeasureDefinitionSchema.extend({ version: z.number().int() });

/** A measure's definition as controllers keep it, versioned. */
export const measureDefinitionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  const { definitions } = repositories;
  const periodId = () => currentPeriodOrThrow(app, repositories).id;

  app.get(
    '/measures/:number/definition',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Resultatmåttets definition med version, för ändring',
        params: MeasureParamsSchema,
        response: { 200: StoredDefinitionSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const stored = definitions.get(periodId(), number);
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
        body: DefinitionChangeSchema,
        response: {
          200: StoredDefinitionSchema,
          409: conflictResponseSchema(StoredDefinitionSchema),
          ...WRITE_RESPONSES,
        },
      },
    },
    (request) =>
      definitions.change(periodId(), request.params.number, request.body, signedInUser(request)),
  );
};
