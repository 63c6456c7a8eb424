import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  maySeePeriod,
  PeriodDetailSchema,
  PeriodParamsSchema,
  PeriodSchema,
  StructureHistoryEntrySchema,
} from '@malbild/shared';
import {
  currentPeriodOrThrow,
  ERROR_RESPONSES,
  requestedPeriod,
  type RouteOptions,
} from '../route-options';

const CURRENT_RULE =
  'Aktuell är den aktiva perioden vars år innehåller i år, annars den senaste aktiva perioden.';

/** The periods, one period with its areas and goals, and the history of its structure. */
export const periodReadRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories },
) => {
  app.get(
    '/periods',
    {
      schema: {
        tags: ['perioder'],
        summary: 'Alla målperioder med status (planning, active, closed)',
        description:
          'En period under planering visas bara för inloggade, eller för alla om den är markerad public (som "Förslag").',
        response: { 200: PeriodSchema.array() },
      },
    },
    (request) => repositories.periods.list().filter((p) => maySeePeriod(request.user, p)),
  );

  app.get(
    '/periods/current',
    {
      schema: {
        tags: ['perioder'],
        summary: 'Den aktuella målperioden med målområden och verksamhetsmål',
        description: CURRENT_RULE,
        response: { 200: PeriodDetailSchema, 404: ERROR_RESPONSES[404] },
      },
    },
    () => repositories.periods.detail(currentPeriodOrThrow(app, repositories)),
  );

  app.get(
    '/periods/:id',
    {
      schema: {
        tags: ['perioder'],
        summary: 'En målperiod med målområden och verksamhetsmål',
        params: PeriodParamsSchema,
        response: { 200: PeriodDetailSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      repositories.periods.detail(requestedPeriod(app, repositories, request, request.params.id)),
  );

  app.get(
    '/periods/:id/history',
    {
      schema: {
        tags: ['perioder'],
        summary:
          'Alla ändringar av perioden och dess målområden, verksamhetsmål och resultatmått, nyaste först',
        description:
          'Ändringar av ett resultatmåtts definition finns i resultatmåttets historik (/api/measures/{number}/history).',
        params: PeriodParamsSchema,
        response: { 200: StructureHistoryEntrySchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request) =>
      repositories.structureHistory.list(
        requestedPeriod(app, repositories, request, request.params.id).id,
      ),
  );
};
