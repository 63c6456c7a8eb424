import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activitiesCsv,
  ActivitySchema,
  exportMeasure,
  ExportMeasureSchema,
  measuresCsv,
} from '@malbild/shared';
import { measuresXlsx } from '../export/open-data';
import { activityQuerySchema } from './activities/filters';
import { asCsvFile, asFile, XLSX_TYPE } from './files';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

const CSV_DESCRIPTION =
  'CSV för Excel: semikolonseparerad, decimalkomma, UTF-8 med BOM, svenska rubriker. Fritt att använda.';
const CsvBody = z.string().describe('CSV-fil');

// Open data (öppna data): everything the public pages show, as files anyone may reuse.
export const exportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const measures = () => {
    const period = currentPeriodOrThrow(app, repositories);
    return repositories.measures.list(period.id).map((m) => exportMeasure(m, period));
  };
  const activities = (query: z.infer<typeof ActivityFilters>) =>
    repositories.activities.list({
      periodId: currentPeriodOrThrow(app, repositories).id,
      ...query,
    });
  const ActivityFilters = activityQuerySchema(repositories);
  const tags = ['öppna data'];

  app.get(
    '/export/measures.json',
    {
      schema: {
        tags,
        summary:
          'Alla resultatmått med utfall, målvärden, noter, status, bedömning mot årets målvärde och läge mot slutmålet per år (JSON)',
        response: { 200: ExportMeasureSchema.array(), 404: ERROR_RESPONSES[404] },
      },
    },
    () => measures(),
  );

  app.get(
    '/export/measures.csv',
    {
      schema: {
        tags,
        summary:
          'Alla resultatmått med utfall, målvärden, noter, status, bedömning mot årets målvärde och läge mot slutmålet per år (CSV)',
        description: `En rad per resultatmått och år. ${CSV_DESCRIPTION}`,
        produces: ['text/csv'],
        response: { 200: CsvBody, 404: ERROR_RESPONSES[404] },
      },
    },
    (_request, reply) => asCsvFile(reply, 'resultatmatt.csv', measuresCsv(measures())),
  );

  app.get(
    '/export/measures.xlsx',
    {
      schema: {
        tags,
        summary:
          'Alla resultatmått med utfall, målvärden, noter, status, bedömning mot årets målvärde och läge mot slutmålet per år (Excel)',
        description:
          'Samma rader och kolumner som CSV-filen, som en Excel-arbetsbok. Fritt att använda.',
        produces: [XLSX_TYPE],
        response: { 200: z.any().describe('Excel-arbetsbok (.xlsx)'), 404: ERROR_RESPONSES[404] },
      },
    },
    async (_request, reply) => {
      const period = currentPeriodOrThrow(app, repositories);
      const title = `Resultatmått ${period.name}: utfall, målvärden och bedömningar`;
      return asFile(reply, 'resultatmatt.xlsx', XLSX_TYPE, await measuresXlsx(measures(), title));
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
    (request) => activities(request.query),
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
      asCsvFile(reply, 'malaktiviteter.csv', activitiesCsv(activities(request.query))),
  );
};
