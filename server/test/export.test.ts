import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ExportMeasure, Measure } from '@malbild/shared';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { XLSX_HEADER_ROW } from '../src/export/sheet';
import { createTestApp, getJson } from './helpers';

describe('open data export', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('gives every measure with each year’s figures, notes, status and assessment as JSON', async () => {
    const { status, body } = await getJson<ExportMeasure[]>(app, '/api/export/measures.json');
    expect(status).toBe(200);
    expect(body).toHaveLength(17);
    const measure4 = body[3]!;
    expect(measure4).toMatchObject({ number: 4, unit: '%', direction: 'up', koladaKpi: null });
    expect(measure4.years.find((y) => y.year === 2022)).toEqual({
      year: 2022,
      outcome: 41,
      outcomeStatus: 'preliminary',
      outcomeNote: 'Preliminärt',
      target: 40,
      targetNote: null,
      state: 'met',
      stateLabel: 'Uppnått',
      noDataReasons: [],
      // 37 % (2020) to 41 % (2022): +2 a year where +2,6 is needed for 50 % in 2025.
      periodStatus: 'too_slow',
      periodStatusText:
        'För långsamt mot slutmålet. Sedan utgångsläget 2020 (37\u00a0%) har värdet ändrats +2,0 procentenheter per år; för att nå slutmålet 50\u00a0% år 2025 behövs +2,6 procentenheter per år. Takten är 77\u00a0% av den som behövs.',
    });
    expect(measure4.years.find((y) => y.year === 2025)).toMatchObject({
      outcome: null,
      outcomeStatus: null,
      target: 50,
      state: 'no_data',
      stateLabel: 'Saknas',
      noDataReasons: ['not_published'],
      periodStatus: null,
    });
    expect(measure4.periodStatus).toMatchObject({ ok: true, value: { level: 'too_slow' } });
    expect(measure4.updatedAt).toBe('2022-12-14');
    // Measure 17: better than 2021 in 2022, yet the wrong way since the baseline.
    expect(body[16]!.years.find((y) => y.year === 2022)).toMatchObject({
      stateLabel: 'Ej uppnått – bättre än året före',
      periodStatus: 'wrong_direction',
    });
    // The same figures as the public measure API.
    const measures = (await getJson<Measure[]>(app, '/api/measures')).body;
    for (const [i, measure] of measures.entries()) {
      const outcomes = body[i]!.years.filter((y) => y.outcomeStatus !== null).map((y) => y.outcome);
      expect(outcomes).toEqual(measure.outcomes.map((o) => o.value));
    }
  });

  it('gives the measures as CSV for Excel: BOM, ";", decimal comma, Swedish headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/export/measures.csv' });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="resultatmatt.csv"');
    const lines = response.body.split('\r\n');
    expect(lines[0]).toBe(
      '\ufeffResultatmått;Namn;Verksamhetsmål;Målområde;Enhet;År;Utfall;Status;Not;Målvärde;Not till målvärdet;Bedömning mot årets målvärde;Varför bedömning saknas;Läge mot slutmålet till och med året;Skäl för läget mot slutmålet;Senast uppdaterad;Licens',
    );
    expect(lines.find((l) => l.startsWith('2;') && l.includes(';2018;'))).toMatch(
      /;2018;14,2;Slutligt;;;;Saknas;Inget målvärde är satt för året;;;2022-12-14;CC0 1\.0 \(https:\/\/creativecommons\.org\/publicdomain\/zero\/1\.0\/deed\.sv\)$/,
    );
    expect(lines.find((l) => l.startsWith('17;') && l.includes(';2022;'))).toMatch(
      /;Ej uppnått – bättre än året före;;Åt fel håll;Åt fel håll\. Det senaste utfallet 2022 \(148\) är sämre än utgångsläget 2020 \(147\)/,
    );
  });

  it('gives the same table as an Excel workbook, title above the headings', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/export/measures.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="resultatmatt.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(sheet.getCell('A1').value).toBe(
      'Resultatmått 2021–2025: utfall, målvärden och bedömningar',
    );
    const csv = await app.inject({ method: 'GET', url: '/api/export/measures.csv' });
    const header = csv.body.split('\r\n')[0]!.replace('\ufeff', '').split(';');
    // The workbook names its licence under the table, not in a column.
    expect(values(XLSX_HEADER_ROW)).toEqual(header.filter((column) => column !== 'Licens'));
    const row17 = Array.from({ length: sheet.rowCount }, (_, i) => values(i + 1)).find(
      (row) => row[0] === 17 && row[5] === 2022,
    );
    expect(row17).toEqual(
      expect.arrayContaining([148, 'Ej uppnått – bättre än året före', 'Åt fel håll']),
    );
  });

  it('gives the activities as JSON and CSV with the filters of /api/activities', async () => {
    const all = (await getJson<Activity[]>(app, '/api/activities?year=2024&unit=SOU')).body;
    const exported = await getJson<Activity[]>(
      app,
      '/api/export/activities.json?year=2024&unit=SOU',
    );
    expect(exported.body).toEqual(all);
    const csv = await app.inject({
      method: 'GET',
      url: '/api/export/activities.csv?year=2024&unit=SOU',
    });
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\ufeffÅr;Resultatmått;Ansvariga;Enheter;Verksamhet;Målaktivitet;Antal;Enhet för antal;Kommentar;Status;Uppföljning;Uppföljd;Licens',
    );
    expect(lines).toHaveLength(1 + all.length);
    const unknown = await getJson<{ fields: unknown[] }>(
      app,
      '/api/export/activities.csv?unit=XYZ',
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toEqual([{ path: 'unit', message: 'Enheten XYZ finns inte' }]);
  });

  it('documents the export and import routes in the OpenAPI document', async () => {
    const { body } = await getJson<{
      paths: Record<
        string,
        Record<string, { tags: string[]; summary: string; produces?: string[] }>
      >;
    }>(app, '/api/openapi.json');
    for (const path of [
      '/api/export/measures.csv',
      '/api/export/measures.json',
      '/api/export/activities.csv',
      '/api/export/activities.json',
    ]) {
      expect(body.paths[path]?.get?.tags, path).toEqual(['öppna data']);
      expect(body.paths[path]?.get?.summary, path).toBeTruthy();
    }
    expect(JSON.stringify(body.paths['/api/export/measures.csv'])).toContain('text/csv');
    for (const path of [
      '/api/imports/preview',
      '/api/imports/commit',
      '/api/imports/kolada/preview',
    ]) {
      expect(body.paths[path]?.post?.tags, path).toEqual(['import']);
    }
    expect(JSON.stringify(body.paths['/api/imports/preview'])).toContain(
      'application/octet-stream',
    );
  });
});
