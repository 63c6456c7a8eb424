import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DefinitionChangeSchema,
  EntrySaveResultSchema,
  EntrySaveSchema,
  EntryYearParamsSchema,
  EntryYearSchema,
  ErrorResponseSchema,
  MeasureDefinitionSchema,
  MeasureHistorySchema,
  MeasureParamsSchema,
} from '@malbild/shared';
import { z } from 'zod';
import { requireRole, signedInUser } from '../auth/guards';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

const WRITE_ERRORS = {
  ...ERROR_RESPONSES,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
};
const StoredDefinitionSchema = MeasureDefinitionSchema.extend({ version: z.number().int() });

// Controllers' entry of outcomes (utfall) and targets (målvärden) for a year, measure
// definitions, and the public history of every change.
export const entryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const { entry, definitions, measures } = repositories;
  const controllers = { preHandler: requireRole('controller', 'admin') };
  const periodId = () => currentPeriodOrThrow(app, repositories).id;

  app.get(
    '/entry/:year',
    {
      ...controllers,
      schema: {
        tags: ['inmatning'],
        summary: 'Årets utfall och målvärden för alla resultatmått, med versioner för inmatning',
        params: EntryYearParamsSchema,
        response: { 200: EntryYearSchema, ...WRITE_ERRORS },
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
        response: { 200: EntrySaveResultSchema, ...WRITE_ERRORS },
      },
    },
    (request) => {
      const { year } = request.params;
      const user = signedInUser(request);
      return { year, results: entry.save(periodId(), year, request.body.changes, user) };
    },
  );

  app.get(
    '/measures/:number/history',
    {
      schema: {
        tags: ['resultatmått'],
        summary: 'Alla ändringar av resultatmåttets utfall, målvärden och definition, nyaste först',
        params: MeasureParamsSchema,
        response: { 200: MeasureHistorySchema, ...ERROR_RESPONSES },
      },
    },
    (request) => {
      const { number } = request.params;
      const id = entry.measureId(periodId(), number);
      if (id === undefined) throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      return {
        measureNumber: number,
        changes: entry.history(id),
        publishedValues: measures.publishedValues(id),
      };
    },
  );

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
      const stored = definitions.get(periodId(), request.params.number);
      if (!stored)
        throw app.httpErrors.notFound(`Resultatmått ${request.params.number} finns inte`);
      return stored;
    },
  );

  app.patch(
    '/measures/:number/definition',
    {
      ...controllers,
      schema: {
        tags: ['resultatmått'],
        summary:
          'Ändra resultatmåttets definition; en inaktuell version ger 409 med aktuell definition',
        params: MeasureParamsSchema,
        body: DefinitionChangeSchema,
        response: {
          200: StoredDefinitionSchema,
          409: ErrorResponseSchema.extend({ current: StoredDefinitionSchema }),
          ...WRITE_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { number } = request.params;
      const outcome = definitions.change(periodId(), number, request.body, signedInUser(request));
      if (outcome.result === 'missing')
        throw app.httpErrors.notFound(`Resultatmått ${number} finns inte`);
      if (outcome.result === 'conflict') {
        return reply.code(409).send({
          error: 'Conflict',
          message: 'Någon annan har ändrat definitionen under tiden. Se den aktuella.',
          current: outcome.current,
        });
      }
      return outcome.current;
    },
  );
};
