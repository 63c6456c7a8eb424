import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PeriodQuerySchema, YearSchema, type Measure } from '@malbild/shared';
import { activitiesDocument } from '../reports/activities-report';
import { REPORT_TYPES, type ReportDocument, type ReportFormat } from '../reports/document';
import { outcomeTableDocument } from '../reports/outcome-table';
import type { WorkerPool } from '../workers/pool';
import { asFile } from './files';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from './route-options';

export interface ReportRouteOptions extends RouteOptions {
  workers: WorkerPool;
}

const ActivitiesParamsSchema = z.object({ year: z.coerce.number().pipe(YearSchema) });

const FORMATS: { format: ReportFormat; name: string }[] = [
  { format: 'pdf', name: 'PDF (taggad, tillgänglig)' },
  { format: 'docx', name: 'Word (DOCX)' },
];

// The council's documents generated from the database (decision 011): built here from the
// repositories, written to a file in a worker thread, so no other request waits. Public: the
// figures are.
export const reportRoutes: FastifyPluginAsyncZod<ReportRouteOptions> = async (
  app,
  { repositories, workers },
) => {
  const { periods, measures, activities, units, organisation } = repositories;
  // The data date is the newest "Senast uppdaterad" of the measures (YYYY-MM-DD).
  const metadataOf = (measuresOfPeriod: Measure[]) => ({
    organisation: organisation.get().name,
    dataDate:
      measuresOfPeriod
        .flatMap((measure) => (measure.updatedAt === null ? [] : [measure.updatedAt.slice(0, 10)]))
        .sort()
        .at(-1) ?? null,
    printDate: new Date().toISOString().slice(0, 10),
  });
  const schema = (summary: string, format: ReportFormat) => ({
    tags: ['dokument'],
    summary,
    querystring: PeriodQuerySchema,
    produces: [REPORT_TYPES[format]],
    response: { 200: z.any().describe('Dokumentet'), ...ERROR_RESPONSES },
  });
  const send = async (
    reply: Parameters<typeof asFile>[0],
    document: ReportDocument,
    format: ReportFormat,
  ) => {
    const bytes = await workers.renderReport(document, format);
    const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return asFile(reply, `${document.fileName}.${format}`, REPORT_TYPES[format], file);
  };

  for (const { format, name } of FORMATS) {
    app.get(
      `/reports/outcome-table.${format}`,
      {
        schema: schema(
          `Resultatmått. Utfall och målvärden: periodens tabell som i fullmäktiges handlingar, som ${name}`,
          format,
        ),
      },
      (request, reply) => {
        const period = requestedPeriod(app, repositories, request, request.query.period);
        const measuresOfPeriod = measures.list(period.id);
        const document = outcomeTableDocument({
          period: periods.detail(period),
          measures: measuresOfPeriod,
          metadata: metadataOf(measuresOfPeriod),
        });
        return send(reply, document, format);
      },
    );

    app.get(
      `/reports/activities/:year.${format}`,
      {
        schema: {
          ...schema(
            `Koncernens samtliga målaktiviteter för ett år, med antal per resultatmått och per koncernenhet, som ${name}`,
            format,
          ),
          params: ActivitiesParamsSchema,
        },
      },
      (request, reply) => {
        const period = requestedPeriod(app, repositories, request, request.query.period);
        const { year } = request.params;
        if (year < period.startYear || year > period.endYear) {
          throw app.httpErrors.notFound(
            `${year} ligger utanför målperioden ${period.name} (${period.startYear}–${period.endYear})`,
          );
        }
        const measuresOfPeriod = measures.list(period.id);
        const document = activitiesDocument({
          year,
          periodName: period.name,
          measures: measuresOfPeriod,
          activities: activities.list({ periodId: period.id, year }),
          units: units.list(),
          metadata: metadataOf(measuresOfPeriod),
        });
        return send(reply, document, format);
      },
    );
  }
};
