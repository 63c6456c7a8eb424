import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  EntrySaveResultSchema,
  EntrySaveSchema,
  EntryYearParamsSchema,
  EntryYearSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { currentPeriodOrThrow, WRITE_RESPONSES, type RouteOptions } from './route-options';

// Controllers' entry of outcomes (utfall) and targets (målvärden) for a year.
export const entryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const { entry } = repositories;
  const controllers = { preHandler: requirePermission('enterValues') };
  const periodId = () => currentPeriodOrThrow(app, repositories).id;

  app.get(
    '/entry/:year',
    {
      ...controllers,
      schema: {
        tags: ['inmatning'],
        summary: 'Årets utfall och målvärden för alla resultatmått, med versioner för inmatning',
        params: EntryYearParamsSchema,
        response: { 200: EntryYearSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => ({ year: request.params.year, rows: entry.year(periodId(), request.params.year) }),
  );

  app.post(
    '/entry/:year',
    {
      ...controllers,
      schema: {
        tags: ['inmatning'],
        summary:
          'Spara ändrade utfall och målvärden. Giltiga ändringar sparas i en transaktion; varje cell får sitt resultat (saved, unchanged, refused med fel, conflict med aktuellt värde).',
        params: EntryYearParamsSchema,
        body: EntrySaveSchema,
        response: { 200: EntrySaveResultSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const { year } = request.params;
      const user = signedInUser(request);
      return { year, results: entry.save(periodId(), year, request.body.changes, user) };
    },
  );
};
