import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  yearProblem,
  type EntryCellResult,
  type EntryChange,
  EntrySaveResultSchema,
  EntrySaveSchema,
  EntryYearParamsSchema,
  EntryYearSchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { outsideOutcomeYears, withLookups } from './lookups';
import { currentPeriodOrThrow, WRITE_RESPONSES, type RouteOptions } from './route-options';

function refusedCell(change: EntryChange, message: string): EntryCellResult {
  return {
    measureNumber: change.measureNumber,
    kind: change.kind,
    result: 'refused',
    errors: [{ path: 'value', message }],
  };
}

// Controllers' entry of outcomes (utfall) and targets (målvärden) for a year.
export const entryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const { entry } = repositories;
  const controllers = { preHandler: requirePermission('enterValues') };
  const period = () => currentPeriodOrThrow(app, repositories);
  // The years a period has outcomes for; a year outside them is a 400 naming the period.
  const params = withLookups(EntryYearParamsSchema, ({ year }) =>
    outsideOutcomeYears(repositories, year, 'year'),
  );

  app.get(
    '/entry/:year',
    {
      ...controllers,
      schema: {
        tags: ['inmatning'],
        summary: 'Årets utfall och målvärden för alla resultatmått, med versioner för inmatning',
        params,
        response: { 200: EntryYearSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => ({
      year: request.params.year,
      rows: entry.year(period().id, request.params.year),
    }),
  );

  app.post(
    '/entry/:year',
    {
      ...controllers,
      schema: {
        tags: ['inmatning'],
        summary:
          'Spara ändrade utfall och målvärden. Giltiga ändringar sparas i en transaktion; varje cell får sitt resultat (saved, unchanged, refused med fel, conflict med aktuellt värde).',
        params,
        body: EntrySaveSchema,
        response: { 200: EntrySaveResultSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const { year } = request.params;
      const current = period();
      // Targets are the council's for the period's own years, not for the baseline years.
      const targetProblem = yearProblem(current, 'target', year);
      const refused = (change: EntryChange) => targetProblem !== null && change.kind === 'target';
      const { changes } = request.body;
      const saved = entry.save(
        current.id,
        year,
        changes.filter((change) => !refused(change)),
        signedInUser(request),
      );
      // One result per change, in the order sent: the refused targets where they stood.
      const results = changes.map((change) =>
        targetProblem !== null && refused(change)
          ? refusedCell(change, targetProblem)
          : saved.shift()!,
      );
      return { year, results };
    },
  );
};
