import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activitiesCsv, ActivitySchema, ExportMeasureSchema, LICENCES } from '@malbild/shared';
import { exportMeasure, measuresCsv } from '../export/open-data';
import { activityQuerySchema } from './activities/filters';
import { asCsvFile } from './files';
import { currentPeriodOrThrow, ERROR_RESPONSES, type RouteOptions } from './route-options';

const CSV_DESCRIPTION =
  'CSV för Excel: semikolonseparerad, decimalkomma, UTF-8 med BOM, svenska rubriker. Fritt att använda.';
const CsvBody = z.string().describe('CSV-fil');

// Open data (öppna data): everything the public pages show, as files anyone may reuse.
export const exportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { repositories }) => {
  const measures = () =>
    repositories.measures.list(currentPeriodOrThrow(app, repositories).id).map(exportMeasure);
  const activities = (query: z.infer<typeof ActivityFilters>) =>
    repositories.activities.list({
      periodId: currentPeriodOrThrow(app, repositories).id,
      ...query,
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
          'Alla resultatmått med utfall, målvärden, noter, status och bedömning per år (JSON)',
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
          'Alla resultatmått med utfall, målvärden, noter, status och bedömning per år (CSV)',
        description: `En rad per resultatmått och år. ${CSV_DESCRIPTION}`,
        produces: ['text/csv'],
        response: { 200: CsvBody, 404: ERROR_RESPONSES[404] },
      },
    },
    (_request, reply) => asCsvFile(reply, 'resultatmatt.csv', measuresCsv(measures(), licence())),
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
      asCsvFile(reply, 'malaktiviteter.csv', activitiesCsv(activities(request.query), licence())),
  );
};
