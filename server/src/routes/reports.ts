import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assessPeriod,
  ErrorResponseSchema,
  may,
  maySeeDrafts,
  mayWriteAnalysisOf,
  PeriodQuerySchema,
  ReportQuerySchema,
  YearSchema,
  type User,
  type Measure,
  type MeasureWithAssessment,
  type Period,
} from '@malbild/shared';
import { activitiesDocument } from '../reports/activities-report';
import { REPORT_TYPES, type ReportDocument, type ReportFormat } from '../reports/document';
import {
  goalFulfilmentDocument,
  goalFulfilmentFollowUp,
  type FollowUpDrafts,
} from '../reports/goal-fulfilment';
import { outcomeTableDocument } from '../reports/outcome-table';
import type { WorkerPool } from '../workers/pool';
import { asFile } from './files';
import { ERROR_RESPONSES, requestedPeriod, type RouteOptions } from './route-options';

const YearParamsSchema = z.object({ year: z.coerce.number().pipe(YearSchema) });

const FORMATS: { format: ReportFormat; name: string }[] = [
  { format: 'pdf', name: 'PDF (taggad, tillgänglig)' },
  { format: 'docx', name: 'Word (DOCX)' },
];

/** Today (YYYY-MM-DD), the print date a document carries. */
export const printDate = () => new Date().toISOString().slice(0, 10);

/** The document written in a worker thread, as a download named by its file name. */
export async function sendDocument(
  reply: FastifyReply,
  workers: WorkerPool,
  document: ReportDocument,
  format: ReportFormat,
): Promise<Buffer> {
  const bytes = await workers.renderReport(document, format);
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return asFile(reply, `${document.fileName}.${format}`, REPORT_TYPES[format], file);
}

// The council's documents generated from the database (decision 011): built here from the
// repositories, written to a file in a worker thread, so no other request waits. Public: the
// figures are.
export const reportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
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
    printDate: printDate(),
  });
  const schema = (summary: string, format: ReportFormat) => ({
    tags: ['dokument'],
    summary,
    querystring: PeriodQuerySchema,
    produces: [REPORT_TYPES[format]],
    response: { 200: z.any().describe('Dokumentet'), ...ERROR_RESPONSES },
  });
  const send = (reply: FastifyReply, document: ReportDocument, format: ReportFormat) =>
    sendDocument(reply, workers, document, format);
  const yearOfPeriod = (period: Period, year: number) => {
    if (year < period.startYear || year > period.endYear) {
      throw app.httpErrors.notFound(
        `${year} ligger utanför målperioden ${period.name} (${period.startYear}–${period.endYear})`,
      );
    }
    return year;
  };
  /**
   * ?drafts=true: the year's unpublished analyses the user may write (their responsible unit's, or
   * all for a reviewer) and the judgements for a reviewer, in place of the published text.
   */
  const draftsFor = (user: User | null, periodId: number, year: number): FollowUpDrafts => {
    if (!user) throw app.httpErrors.unauthorized('Logga in för att få dokumentet med utkast.');
    if (!maySeeDrafts(user)) {
      throw app.httpErrors.forbidden(
        'Din roll får inte se utkast. Utan ?drafts=true får du det publicerade.',
      );
    }
    const { analyses } = repositories;
    return {
      analyses: analyses
        .analyses(periodId, year)
        .filter((analysis) => mayWriteAnalysisOf(user, analysis.responsibleUnit)),
      judgements: may(user, 'reviewFollowUp') ? analyses.judgements(periodId, year) : [],
    };
  };
  /** The period's measures as they stood for `year`: its outcomes up to then, assessed. */
  const measuresOfYear = (period: Period, year: number): MeasureWithAssessment[] =>
    measures.list(period.id).flatMap((listed) => {
      const detail = measures.detail(period.id, listed.number);
      if (!detail) return [];
      const measure = { ...detail, outcomes: detail.outcomes.filter((o) => o.year <= year) };
      return [{ ...measure, assessment: assessPeriod(measure, period) }];
    });

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
          params: YearParamsSchema,
        },
      },
      (request, reply) => {
        const period = requestedPeriod(app, repositories, request, request.query.period);
        const year = yearOfPeriod(period, request.params.year);
        const measuresOfPeriod = measures.list(period.id);
        const document = activitiesDocument({
          year,
          periodName: period.name,
          measures: measuresOfPeriod,
          activities: activities.list({
            periodId: period.id,
            year,
            // A council document: the plans as published, whoever asks for it.
            view: 'published',
          }),
          units: units.list(),
          metadata: metadataOf(measuresOfPeriod),
        });
        return send(reply, document, format);
      },
    );

    app.get(
      `/reports/goal-fulfilment/:year.${format}`,
      {
        schema: {
          ...schema(
            `Måluppfyllelse för ett år: antal resultatmått per läge per målområde och verksamhetsmål, och varje resultatmått med tabell, diagram och läge, som ${name}`,
            format,
          ),
          querystring: ReportQuerySchema,
          params: YearParamsSchema,
          response: {
            ...schema('', format).response,
            401: ErrorResponseSchema.describe('Utkast begärda (drafts=true) utan inloggning'),
            403: ErrorResponseSchema.describe('Utkast begärda av en inloggad utan roll'),
            503: ErrorResponseSchema.describe('Klienten är inte byggd: inga diagram att rita med'),
          },
        },
      },
      async (request, reply) => {
        const period = requestedPeriod(app, repositories, request, request.query.period);
        const year = yearOfPeriod(period, request.params.year);
        const drafts =
          request.query.drafts === 'true'
            ? draftsFor(request.user ?? null, period.id, year)
            : undefined;
        const measuresOfPeriod = measuresOfYear(period, year);
        const organisationName = organisation.get().name;
        const images = await workers.renderCharts(
          measuresOfPeriod.map((measure) => ({ measure, organisation: organisationName })),
          'png',
        );
        const charts = new Map(
          images.map(({ file, width, height, summary }, index) => [
            measuresOfPeriod[index]!.number,
            { png: file, width, height, alt: summary },
          ]),
        );
        const document = goalFulfilmentDocument({
          year,
          period: periods.detail(period),
          measures: measuresOfPeriod,
          charts,
          metadata: metadataOf(measuresOfPeriod),
          followUp: goalFulfilmentFollowUp(
            repositories.analyses.publishedFollowUp(period.id, year),
            drafts,
          ),
        });
        return send(reply, document, format);
      },
    );
  }
};
