import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { PeriodQuerySchema, planCsv, PlanParamsSchema, planRows } from '@malbild/shared';
import { activityViewOf } from '../db/activities';
import { planXlsx, type PlanSheet } from '../export/activity-plan';
import { asFile, CSV_TYPE, XLSX_TYPE } from './files';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from './route-options';

// A unit's plan för målaktiviteter for a year as a file (/api/plans/:unit/:year.csv|.xlsx), with
// the documents' columns plus Status.
export const planRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const { activities, measures, units } = repositories;

  function planSheet(
    request: FastifyRequest,
    { unit: unitCode, year }: { unit: string; year: number },
    period: number | undefined,
  ): PlanSheet {
    const unit = units.list().find((u) => u.code === unitCode.toUpperCase());
    if (!unit) throw app.httpErrors.notFound(`Enheten ${unitCode} finns inte`);
    const periodId = requestedPeriod(app, repositories, request, period).id;
    const names = new Map(measures.list(periodId).map((m) => [m.number, m.name]));
    const plan = activities.list({
      periodId,
      year,
      unit: unit.code,
      view: activityViewOf(request.user),
    });
    return {
      title: `Plan för målaktiviteter ${year} – ${unit.name} (${unit.code})`,
      rows: planRows(plan, (number) => names.get(number) ?? ''),
    };
  }
  const fileName = (unit: string, year: number, extension: string) =>
    `plan-${unit.toUpperCase()}-${year}.${extension}`;
  const schema = {
    tags: ['målaktiviteter'],
    params: PlanParamsSchema,
    querystring: PeriodQuerySchema,
    response: { 200: z.any().describe('Filen'), ...ERROR_RESPONSES },
  };

  app.get(
    '/plans/:unit/:year.csv',
    {
      schema: {
        ...schema,
        summary: 'En enhets plan för målaktiviteter för ett år som CSV (semikolon, UTF-8 med BOM)',
      },
    },
    (request, reply) => {
      const { unit, year } = request.params;
      const { licence } = repositories.organisation.get();
      const csv = planCsv(planSheet(request, request.params, request.query.period).rows, licence);
      return asFile(reply, fileName(unit, year, 'csv'), CSV_TYPE, csv);
    },
  );

  app.get(
    '/plans/:unit/:year.xlsx',
    {
      schema: {
        ...schema,
        summary: 'En enhets plan för målaktiviteter för ett år som Excel-fil (XLSX)',
      },
    },
    async (request, reply) => {
      const { unit, year } = request.params;
      const sheet = planSheet(request, request.params, request.query.period);
      const { licence } = repositories.organisation.get();
      const file = await planXlsx(sheet, `Plan ${unit.toUpperCase()} ${year}`, licence);
      return asFile(reply, fileName(unit, year, 'xlsx'), XLSX_TYPE, file);
    },
  );
};
