import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  yearProblem,
  type EntryCellResult,
  type EntryChange,
  EntrySaveResultSchema,
  EntrySaveSchema,
  EntryYearParamsSchema,
  EntryYearSchema,
  PeriodQuerySchema,
} from '@malbild/shared';
import type { FastifyRequest } from 'fastify';
import { requirePermission, signedInUser } from '../auth/guards';
import { refuseFields } from '../db/field-error';
import { outsideOutcomeYears } from './lookups';
import {
  closedReasonMessage,
  expectMayCorrect,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from './route-options';

function refusedCell(change: EntryChange, path: string, message: string): EntryCellResult {
  return {
    measureNumber: change.measureNumber,
    kind: change.kind,
    result: 'refused',
    errors: [{ path, message }],
  };
}

// Controllers' entry of outcomes (utfall) and targets (målvärden) for a year of a period
// (?period=, the current one without it).
export const entryRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const { entry } = repositories;
  const controllers = { preHandler: requirePermission('enterValues') };
  // The years a period has outcomes for; a year outside them is a 400 naming the period.
  const periodOf = (request: FastifyRequest, year: number, periodId: number | undefined) => {
    const period = requestedPeriod(app, repositories, request, periodId);
    refuseFields(outsideOutcomeYears(period, year, 'year'));
    return period;
  };

  app.get(
    '/entry/:year',
    {
      ...controllers,
      schema: {
        tags: ['inmatning'],
        summary: 'Årets utfall och målvärden för alla resultatmått, med versioner för inmatning',
        params: EntryYearParamsSchema,
        querystring: PeriodQuerySchema,
        response: { 200: EntryYearSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => ({
      year: request.params.year,
      rows: entry.year(
        periodOf(request, request.params.year, request.query.period).id,
        request.params.year,
      ),
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
        description:
          'En stängd period rättas bara av en administratör, och varje ändring behöver då en anledning (reason).',
        params: EntryYearParamsSchema,
        querystring: PeriodQuerySchema,
        body: EntrySaveSchema,
        response: { 200: EntrySaveResultSchema, ...WRITE_RESPONSES },
      },
    },
    (request) => {
      const { year } = request.params;
      const current = periodOf(request, year, request.query.period);
      const user = signedInUser(request);
      expectMayCorrect(app, current, user);
      // Targets are the council's for the period's own years, not for the baseline years.
      const targetProblem = yearProblem(current, 'target', year);
      const refusal = (change: EntryChange): EntryCellResult | null => {
        if (targetProblem !== null && change.kind === 'target') {
          return refusedCell(change, 'value', targetProblem);
        }
        if (current.status === 'closed' && !change.reason) {
          return refusedCell(change, 'reason', closedReasonMessage(current));
        }
        return null;
      };
      const { changes } = request.body;
      const saved = entry.save(
        current.id,
        year,
        changes.filter((change) => refusal(change) === null),
        user,
      );
      // One result per change, in the order sent: the refused ones where they stood.
      const results = changes.map((change) => refusal(change) ?? saved.shift()!);
      return { year, results };
    },
  );
};
