import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ErrorResponseSchema,
  ImportCommitResultSchema,
  ImportCommitSchema,
  ImportFileQuerySchema,
  ImportPreviewSchema,
  ImportRefusedSchema,
  KoladaPreviewRequestSchema,
  PeriodQuerySchema,
} from '@malbild/shared';
import { requirePermission, signedInUser } from '../auth/guards';
import { commitImport } from '../imports/commit';
import { ImportError } from '../imports/import-error';
import type { KoladaOptions } from '../kolada/client';
import { koladaMeasures, koladaRecords } from '../imports/kolada-records';
import { createPreview } from '../imports/preview';
import { MAX_FILE_BYTES, tooLargeMessage } from '../imports/read-table';
import { templateCsv, templateRows, templateXlsx } from '../imports/template';
import { asCsvFile, asFile, registerFileUpload, sendJsonText, XLSX_TYPE } from './files';
import {
  currentPeriodOrThrow,
  expectMayCorrect,
  requestedPeriod,
  WRITE_RESPONSES,
  type RouteOptions,
} from './route-options';

export interface ImportRouteOptions extends RouteOptions {
  kolada: KoladaOptions;
}

const WRITE_ERRORS = {
  ...WRITE_RESPONSES,
  400: ErrorResponseSchema.describe(
    'Filen eller förfrågan kan inte användas; message säger varför',
  ),
};

// Imports of outcomes and targets from a file (CSV, XLSX) or Kolada: preview, then commit.
// Only controllers and administrators; see docs/decisions/003-imports.md. Like the entry grid,
// for the period ?period= names (else the current one); the preview keeps it, and its commit
// writes there. A closed period only an administrator corrects, the import's name the reason.
export const importRoutes: FastifyPluginAsyncZod<ImportRouteOptions> = async (
  app,
  { repositories, kolada, workers },
) => {
  // onRequest, not preHandler: the public is turned away before its upload is read.
  const controllers = { onRequest: requirePermission('enterValues') };
  const tags = ['import'];
  const period = (request: FastifyRequest, id: number | undefined) =>
    requestedPeriod(app, repositories, request, id);
  /** The period a preview writes into: one the user may write in. */
  const writablePeriod = (request: FastifyRequest, id: number | undefined) => {
    const found = period(request, id);
    expectMayCorrect(app, found, signedInUser(request));
    return found;
  };

  app.get(
    '/imports/template.csv',
    {
      ...controllers,
      schema: {
        tags,
        summary:
          'Importmall som CSV, ifylld med alla resultatmått och år och de värden som finns nu',
        produces: ['text/csv'],
        querystring: PeriodQuerySchema,
        response: { 200: z.string().describe('CSV-fil'), ...WRITE_ERRORS },
      },
    },
    (request, reply) =>
      asCsvFile(
        reply,
        'importmall.csv',
        templateCsv(templateRows(repositories, period(request, request.query.period))),
      ),
  );

  app.get(
    '/imports/template.xlsx',
    {
      ...controllers,
      schema: {
        tags,
        summary: 'Importmall som Excel-arbetsbok, ifylld med alla resultatmått och år',
        produces: [XLSX_TYPE],
        querystring: PeriodQuerySchema,
        response: { 200: z.any().describe('Excel-arbetsbok (.xlsx)'), ...WRITE_ERRORS },
      },
    },
    async (request, reply) =>
      asFile(
        reply,
        'importmall.xlsx',
        XLSX_TYPE,
        await templateXlsx(templateRows(repositories, period(request, request.query.period))),
      ),
  );

  // The upload is the file's bytes as the body: the content decides whether it is CSV or XLSX.
  await registerFileUpload(app, MAX_FILE_BYTES, (upload) => {
    upload.post(
      '/imports/preview',
      {
        ...controllers,
        // Over the parser's limit, the user's file is too large: a Swedish 400, not Fastify's 413.
        config: { bodyTooLarge: tooLargeMessage() },
        schema: {
          tags,
          summary: 'Läs en CSV- eller Excelfil och visa vad en import skulle ändra (sparar inget)',
          description:
            'Kroppen är filens innehåll (t.ex. Content-Type: application/octet-stream), högst 5 MB; ' +
            'fileName i adressen. CSV: semikolon, komma eller tabb (upptäcks), UTF-8 med eller utan BOM ' +
            'eller Windows-1252. Varje rad får status, fel och skillnad mot sparade värden.',
          consumes: ['application/octet-stream', 'text/csv', XLSX_TYPE],
          body: z.any().describe('Filens innehåll, CSV eller .xlsx, som den är'),
          querystring: ImportFileQuerySchema,
          response: { 200: ImportPreviewSchema, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        // The parser above always gives a Buffer (or nothing, for an empty body).
        const body = (request.body as Buffer | undefined) ?? new Uint8Array();
        const { id } = writablePeriod(request, request.query.period);
        const { records, notices } = await workers.readImportFile(body);
        const preview = await createPreview(repositories, id, signedInUser(request), {
          source: 'file',
          name: request.query.fileName,
          records,
          notices,
        });
        return sendJsonText(reply, preview);
      },
    );
  });

  app.post(
    '/imports/kolada/preview',
    {
      ...controllers,
      schema: {
        tags,
        summary: 'Hämta utfall från Kolada för valda år och visa vad en import skulle ändra',
        description:
          'Frågar Kolada efter varje resultatmåtts nyckeltal (Kolada-id) för kommunkoden. ' +
          'Totalvärdet (kön T) används; ett saknat värde eller en statusflagga importeras inte. ' +
          'Svarar Kolada inte i tid (504) eller felaktigt (502) sparas ingenting.',
        body: KoladaPreviewRequestSchema,
        querystring: PeriodQuerySchema,
        response: {
          200: ImportPreviewSchema,
          ...WRITE_ERRORS,
          502: ErrorResponseSchema.describe('Kolada svarade med fel eller i fel format'),
          504: ErrorResponseSchema.describe('Kolada svarade inte i tid'),
        },
      },
    },
    async (request, reply) => {
      const { id } = writablePeriod(request, request.query.period);
      const { municipalityCode } = repositories.organisation.get();
      if (!municipalityCode) {
        throw new ImportError('Kommunkoden är inte angiven. En administratör anger den först.');
      }
      const measures = koladaMeasures(repositories.measures.list(id), request.body.measures);
      // A failing Kolada throws KoladaError, a 502 or 504 whose message is for the user.
      const records = await koladaRecords(kolada, municipalityCode, measures, request.body);
      const preview = await createPreview(repositories, id, signedInUser(request), {
        source: 'kolada',
        name: `Kolada (kommun ${municipalityCode})`,
        records,
        notices: [`Hämtat från ${kolada.baseUrl} för kommun ${municipalityCode}.`],
      });
      return sendJsonText(reply, preview);
    },
  );

  app.post(
    '/imports/commit',
    {
      ...controllers,
      schema: {
        tags,
        summary: 'Spara en förhandsgranskad import i en transaktion',
        description:
          'mode all-or-nothing: allt sparas, eller inget om någon rad har fel eller något värde har ' +
          'ändrats efter förhandsgranskningen (409). mode valid-rows: giltiga rader sparas, övriga ' +
          'listas i problems. Varje sparat värde får historik med orsaken "Import: <namn>".',
        body: ImportCommitSchema,
        response: { 200: ImportCommitResultSchema, 409: ImportRefusedSchema, ...WRITE_ERRORS },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      const stored = await repositories.imports.find(request.body.previewId);
      if (!stored || stored.createdBy !== user.username) {
        throw app.httpErrors.notFound(
          'Förhandsgranskningen finns inte längre. Läs in filen eller hämta från Kolada igen.',
        );
      }
      // The preview's own period; one made before previews named theirs, the current one.
      const { id } =
        stored.periodId === null
          ? currentPeriodOrThrow(app, repositories)
          : writablePeriod(request, stored.periodId);
      return commitImport(repositories, id, stored, request.body.mode, user);
    },
  );
};
