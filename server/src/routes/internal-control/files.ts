import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CONTROL_POINT_COLUMNS,
  controlPlanRows,
  ControlYearQuerySchema,
  FOLLOW_UP_COLUMNS,
  followUpRows,
  RISK_COLUMNS,
  riskRows,
  SUMMARY_COLUMNS,
  summaryRows,
  toCsv,
  type CsvCell,
} from '@malbild/shared';
import { sheetXlsx } from '../../export/sheet';
import { REPORT_TYPES, type ReportFormat } from '../../reports/document';
import { tableDocument } from '../../reports/table-report';
import { asFile, CSV_TYPE, XLSX_TYPE } from '../files';
import { printDate, sendDocument } from '../reports';
import { READ_RESPONSES, type RouteOptions } from '../route-options';
import { readableYear } from './access';

const DOCUMENT_FORMATS: [ReportFormat, string][] = [
  ['pdf', 'PDF (taggad, tillgänglig)'],
  ['docx', 'Word (DOCX)'],
];

interface Table {
  title: string;
  columns: readonly string[];
  widths: readonly number[];
  rows: (year: number) => CsvCell[][];
}

// The intern kontroll's tables as files, with the same read rule as the API: the risk analyses,
// the plans with their kontrollpunkter, every unit's follow-up (the koncern's report) and the
// koncern's summary of the common kontrollpunkter.
export const internalControlFileRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { repositories, workers },
) => {
  const { internalControl, units, organisation } = repositories;
  const TABLES: Record<'risks' | 'plans' | 'follow-ups' | 'summary', Table> = {
    risks: {
      title: 'Riskanalys intern kontroll',
      columns: RISK_COLUMNS,
      widths: [16, 5, 50, 22, 30, 14, 20, 12, 12, 12, 12],
      rows: (year) => riskRows(internalControl.risks(year)),
    },
    plans: {
      title: 'Planer för intern kontroll',
      columns: CONTROL_POINT_COLUMNS,
      widths: [16, 22, 5, 60, 14, 30, 16, 20, 20, 14, 16, 16],
      rows: (year) => controlPlanRows(internalControl.plans(year)),
    },
    'follow-ups': {
      title: 'Uppföljning av intern kontroll',
      columns: FOLLOW_UP_COLUMNS,
      // Wide enough for the headings' longest words ("Kommungemensam", "anmärkningar").
      widths: [12, 6, 44, 34, 30, 20, 12, 30, 24, 34],
      rows: (year) =>
        followUpRows(units.list().map((unit) => internalControl.unitReport(year, unit.code))),
    },
    summary: {
      title: 'Sammanställning av intern kontroll',
      columns: SUMMARY_COLUMNS,
      widths: [6, 60, 18, 18, 22, 14, 40, 14],
      rows: (year) =>
        summaryRows(
          internalControl.summary(
            year,
            units.list().map((unit) => unit.code),
          ),
        ),
    },
  };

  for (const [name, table] of Object.entries(TABLES)) {
    const schema = {
      tags: ['intern kontroll'],
      querystring: ControlYearQuerySchema,
      response: { 200: z.any().describe('Filen'), ...READ_RESPONSES },
    };
    app.get(
      `/internal-control/${name}.csv`,
      {
        schema: {
          ...schema,
          summary: `${table.title} för ett år som CSV (semikolon, UTF-8 med BOM)`,
        },
      },
      (request, reply) => {
        const year = readableYear(repositories, request);
        const csv = toCsv(table.columns, table.rows(year));
        return asFile(reply, `intern-kontroll-${name}-${year}.csv`, CSV_TYPE, csv);
      },
    );
    app.get(
      `/internal-control/${name}.xlsx`,
      { schema: { ...schema, summary: `${table.title} för ett år som Excel-fil (XLSX)` } },
      async (request, reply) => {
        const year = readableYear(repositories, request);
        const file = await sheetXlsx(
          { ...table, title: `${table.title} ${year}`, rows: table.rows(year) },
          `${table.title.slice(0, 24)} ${year}`,
        );
        return asFile(reply, `intern-kontroll-${name}-${year}.xlsx`, XLSX_TYPE, file);
      },
    );
    for (const [format, label] of DOCUMENT_FORMATS) {
      app.get(
        `/internal-control/${name}.${format}`,
        {
          schema: {
            ...schema,
            summary: `${table.title} för ett år som ${label}`,
            produces: [REPORT_TYPES[format]],
          },
        },
        async (request, reply) => {
          const year = readableYear(repositories, request);
          const document = tableDocument({
            ...table,
            title: `${table.title} ${year}`,
            fileName: `intern-kontroll-${name}-${year}`,
            rows: table.rows(year),
            metadata: {
              organisation: organisation.get().name,
              dataDate: null,
              printDate: printDate(),
            },
          });
          return sendDocument(reply, workers, document, format);
        },
      );
    }
  }
};
