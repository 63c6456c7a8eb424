import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import {
  activitiesCsv,
  ActivitySchema,
  exportMeasure,
  ExportMeasureSchema,
  LICENCES,
  measuresCsv,
  PeriodQuerySchema,
} from '@malbild/shared';
import { measuresXlsx } from '../export/open-data';
import { activityViewOf } from '../db/activities';
import { activityQuerySchema } from './activities/filters';
import { asCsvFile, asFile, XLSX_TYPE } from './files';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from './route-options';

const CSV_DESCRIPTION =
  'CSV för Excel: semikolonseparerad, decimalkomma, UTF-8 med BOM, svenska rubriker. Fritt att använda.';
const CsvBody = z.string().describe('CSV-fil');

// Open data (öppna data): everything the public pages show, as files anyone may reuse.
export const exportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const periodOf = (request: FastifyRequest, id: number | undefined) =>
    requestedPeriod(app, repositories, request, id);
  const measures = (request: FastifyRequest, id: number | undefined) => {
    const period = periodOf(request, id);
    return repositories.measures.list(period.id).map((m) => exportMeasure(m, period));
  };
  const activities = (
    request: FastifyRequest,
    { period, ...query }: z.infer<typeof ActivityFilters>,
  ) =>
    repositories.activities.list({
      periodId: periodOf(request, period).id,
      ...query,
      view: activityViewOf(request.user),
    });
  const ActivityFilters = activityQuerySchema(repositories);
  const tags = ['öppna data'];
  const licence = () => repositories.organisation.get().licence;
  // Every file names its licence for programs too (RFC 8288's "license" relation); the CSV
  // files carry it in a column as well (toCsv).
  app.addHook('onSend', async (_request, reply) => {
    reply.header('link', `<${LICENCES[licence()].url}>; rel="license"`);
  });

  app.get(
    '/export/measures.json',
    {
      schema: {
        tags,
        summary:
          'Alla resultatmått med utfall, målvärden, noter, status, bedömning mot årets målvärde och läge mot slutmålet per år (JSON)',
        querystring: PeriodQuerySchema,
        response: { 200: ExportMeasureSchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request) => measures(request, request.query.period),
  );

  app.get(
    '/export/measures.csv',
    {
      schema: {
        tags,
        summary:
          'Alla resultatmått med utfall, målvärden, noter, status, bedömning mot årets målvärde och läge mot slutmålet per år (CSV)',
        description: `En rad per resultatmått och år. ${CSV_DESCRIPTION}`,
        querystring: PeriodQuerySchema,
        produces: ['text/csv'],
        response: { 200: CsvBody, ...ERROR_RESPONSES },
      },
    },
    (request, reply) =>
      asCsvFile(
        reply,
        'resultatmatt.csv',
        measuresCsv(measures(request, request.query.period), licence()),
      ),
  );

  app.get(
    '/export/measures.xlsx',
    {
      schema: {
        tags,
        summary:
          'Alla resultatmått med utfall, målvärden, noter, status, bedömning mot årets målvärde och läge mot slutmålet per år (Excel)',
        description:
          'Samma rader och kolumner som CSV-filen, som en Excel-arbetsbok, med licensen under tabellen.',
        querystring: PeriodQuerySchema,
        produces: [XLSX_TYPE],
        response: { 200: z.any().describe('Excel-arbetsbok (.xlsx)'), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const period = periodOf(request, request.query.period);
      const title = `Resultatmått ${period.name}: utfall, målvärden och bedömningar`;
      const file = await measuresXlsx(measures(request, period.id), title, licence());
      return asFile(reply, 'resultatmatt.xlsx', XLSX_TYPE, file);
    },
  );

  app.get(
    '/export/activities.json',
    {
      schema: {
        tags,
        summary: 'Alla målaktiviteter, filtrerbara på år, enhet och resultatmått (JSON)',
        querystring: ActivityFilters,
        response: { 200: ActivitySchema.array(), ...ERROR_RESPONSES },
      },
    },
    (request) => activities(request, request.query),
  );

  app.get(
    '/export/activities.csv',
    {
      schema: {
        tags,
        summary: 'Alla målaktiviteter, filtrerbara på år, enhet och resultatmått (CSV)',
        description: `En rad per målaktivitet. ${CSV_DESCRIPTION}`,
        querystring: ActivityFilters,
        produces: ['text/csv'],
        response: { 200: CsvBody, ...ERROR_RESPONSES },
      },
    },
    (request, reply) =>
      asCsvFile(
        reply,
        'malaktiviteter.csv',
        activitiesCsv(activities(request, request.query), licence()),
      ),
  );
};
