import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PeriodDetailSchema, PeriodSchema } from '@malbild/shared';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

// period = målperiod (e.g. 2021–2025) with its vision, målområden and verksamhetsmål.
export const periodRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  app.get(
    '/periods',
    {
      schema: {
        tags: ['perioder'],
        summary: 'Alla målperioder',
        response: { 200: PeriodSchema.array() },
      },
    },
    () => repositories.periods.list(),
  );

  app.get(
    '/periods/current',
    {
      schema: {
        tags: ['perioder'],
        summary: 'Den aktuella målperioden med målområden och verksamhetsmål',
        description:
          'Aktuell är perioden som innehåller det senaste året med utfall eller målaktiviteter, annars den nyaste perioden.',
        response: { 200: PeriodDetailSchema, 404: ERROR_RESPONSES[404] },
      },
    },
    () => repositories.periods.detail(currentPeriodOrThrow(app, repositories)),
  );
};
