import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatMeasureValue,
  type Activity,
  type Measure,
  type PeriodDetail,
  type UnitWithCounts,
} from '@malbild/shared';
import type { FastifyInstance } from 'fastify';
import { documentXml, pdfInfo, pdfText } from './document-helpers';
import { getJson, SLOW_TEST_MS } from './helpers';
import { addUser, asUser, createTestContext, signIn } from './session-helpers';

// The documents generated from the database, read back as a reader's tools read them: the DOCX
// unzipped (Word's XML), the PDF through poppler's pdftotext and its structure tree.

async function download(app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { response, bytes: response.rawPayload };
}

/** The text of every table row of the DOCX, cells joined by "|". */
function docxRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map(([row]) =>
    [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) =>
      [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    ),
  );
}

const unescapeXml = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

describe('generated documents', () => {
  let app: FastifyInstance;
  let db: Awaited<ReturnType<typeof createTestContext>>['db'];
  let measures: Measure[];
  beforeAll(async () => {
    ({ app, db } = await createTestContext());
    measures = (await getJson<Measure[]>(app, '/api/measures')).body;
  });
  afterAll(() => app.close());

  it('answers with the type and a Swedish file name with an ASCII fallback', async () => {
    const { response } = await download(app, '/api/reports/outcome-table.docx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Resultatmatt utfall och malvarden 2021-2025.docx"; filename*=UTF-8''Resultatm%C3%A5tt%20utfall%20och%20m%C3%A5lv%C3%A4rden%202021%E2%80%932025.docx`,
    );
    const pdf = await download(app, '/api/reports/activities/2024.pdf');
    expect(pdf.response.headers['content-type']).toBe('application/pdf');
  });

  it('refuses a period or a year that does not exist', async () => {
    expect(
      (await download(app, '/api/reports/outcome-table.pdf?period=999')).response.statusCode,
    ).toBe(404);
    expect(
      (await download(app, '/api/reports/outcome-table.pdf?period=x')).response.statusCode,
    ).toBe(400);
    expect((await download(app, '/api/reports/activities/2019.docx')).response.statusCode).toBe(
      404,
    );
    const { id } = (await getJson<PeriodDetail>(app, '/api/periods/current')).body;
    expect(
      (await download(app, `/api/reports/outcome-table.docx?period=${id}`)).response.statusCode,
    ).toBe(200);
  });

  it(
    'writes the outcome table as Word: heading styles, landscape, every figure of the measures API',
    async () => {
      const xml = await documentXml((await download(app, '/api/reports/outcome-table.docx')).bytes);
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(3);
      expect(xml).toContain('w:orient="landscape"');
      expect(xml).toContain('<w:tblHeader/>');
      const rows = docxRows(xml);
      for (const measure of measures) {
        const row = rows.find((cells) => unescapeXml(cells[0]!) === measure.name);
        expect(row, measure.name).toBeDefined();
        const figures = row!.slice(1).map((cell) => cell.replace(/\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾$/, ''));
        const outcomes = [2018, 2019, 2020, 2021, 2022].map((year) =>
          formatMeasureValue(measure.outcomes.find((o) => o.year === year)?.value ?? null, measure),
        );
        const targets = [2021, 2022, 2023, 2024, 2025].map((year) =>
          formatMeasureValue(measure.targets.find((t) => t.year === year)?.value ?? null, measure),
        );
        expect(figures).toEqual([...outcomes, ...targets]);
      }
      // Swedish number format: thin-space thousands, decimal comma, the footnote under the block.
      expect(rows.find((cells) => cells[0] === 'Antal invånare')).toEqual([
        'Antal invånare',
        '26\u202f946',
        '26\u202f898',
        '26\u202f604',
        '26\u202f497',
        '26\u202f383 ³⁾',
        '26\u202f750',
        '26\u202f550',
        '26\u202f700',
        '–',
        '27\u202f000',
      ]);
      expect(rows.find((cells) => cells[0]!.startsWith('Genomsnittlig betygspoäng'))![1]).toBe(
        '14,2',
      );
      expect(xml).toContain('3) Avser september 2022');
      expect(xml).toContain('6) Avser oktober 2022');
    },
    SLOW_TEST_MS,
  );

  it(
    'writes the outcome table as a tagged PDF with embedded fonts and the same figures',
    async () => {
      const { bytes } = await download(app, '/api/reports/outcome-table.pdf');
      const raw = bytes.toString('latin1');
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
      expect(raw).toContain('/Marked true');
      expect(raw).toContain('/Lang (sv-SE)');
      expect(raw).toMatch(/\/DisplayDocTitle true/);
      for (const tag of ['H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD']) {
        expect(raw, tag).toContain(`/S /${tag}\n`);
      }
      // "Utfall" and "Målvärden" each head five year columns; header cells have their scope.
      expect(raw.match(/\/ColSpan 5/g)).toHaveLength(2 * 3);
      expect(raw).toContain('/Scope /Column');
      expect(raw).toContain('/FontFile2');
      expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
      expect(pdfInfo(bytes)).toMatch(/Tagged:\s+yes/);

      const text = pdfText(bytes).replace(/\u202f/g, ' ');
      expect(text).toContain('Resultatmått. Utfall och målvärden');
      expect(text).toContain('Uppgifter per 14 december 2022');
      // In reading order, a measure's name (which may wrap) and then its figures.
      const flowing = text.replace(/\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾/g, '').replace(/\s+/g, ' ');
      for (const measure of measures) {
        const figures = [
          ...measure.outcomes.map((o) => o.value),
          ...measure.targets.map((t) => t.value),
        ].map((value) => formatMeasureValue(value, measure).replace(/[\u202f\u00a0]/g, ' '));
        expect(flowing).toContain(`${measure.name} ${figures.join(' ')}`);
      }
      expect(text).toContain('Antal invånare 26 946 26 898 26 604 26 497 26 383 ³⁾ 26 750');
    },
    SLOW_TEST_MS,
  );

  it(
    'lists every activity of 2024 with counts computed from /api/activities',
    async () => {
      const { body: activities } = await getJson<Activity[]>(app, '/api/activities?year=2024');
      const { body: units } = await getJson<UnitWithCounts[]>(app, '/api/units');
      const xml = await documentXml(
        (await download(app, '/api/reports/activities/2024.docx')).bytes,
      );
      const rows = docxRows(xml).map((cells) => cells.map(unescapeXml));
      expect(xml).toContain('<w:pStyle w:val="Heading3"/>');

      const total = (label: string) =>
        rows.filter((cells) => cells[0] === 'Sammanlagt').map((cells) => cells[1])[
          label === 'measures' ? 0 : 1
        ];
      expect(total('measures')).toBe(String(activities.length));
      for (const measure of measures) {
        const count = activities.filter((a) => a.measureNumber === measure.number).length;
        expect(rows, measure.name).toContainEqual([
          String(measure.number),
          measure.name,
          String(count),
        ]);
      }
      let unitSum = 0;
      for (const unit of units) {
        const count = activities.filter((a) => a.units.includes(unit.code)).length;
        unitSum += count;
        expect(rows, unit.code).toContainEqual([unit.code, unit.name, String(count)]);
      }
      expect(total('units')).toBe(String(unitSum));
      // Every activity is a row of its measure's table.
      const activityRows = rows.filter((cells) => cells.length === 8 && cells[0] !== 'Nr');
      expect(activityRows).toHaveLength(activities.length);
      expect(activityRows.map((cells) => cells[3]).sort()).toEqual(
        activities.map((a) => a.text).sort(),
      );

      const text = pdfText((await download(app, '/api/reports/activities/2024.pdf')).bytes);
      expect(text).toContain('Koncernens samtliga målaktiviteter 2024');
      expect(text).toContain(`${activities.length} målaktiviteter för 2024`);
    },
    SLOW_TEST_MS,
  );

  it('gives each activity’s follow-up with its date, its source and where it was moved', async () => {
    const xml = await documentXml((await download(app, '/api/reports/activities/2023.docx')).bytes);
    const cells = docxRows(xml).flat().map(unescapeXml);
    expect(cells).toContainEqual(
      expect.stringMatching(
        /^Genomförd \(31 januari 2024\): Till starten av höstterminen 2023 .* nio stycken\. Källa: Årsredovisning 2023 .*, s\. 2\.$/,
      ),
    );
    expect(cells).toContainEqual('Planerad, ej uppföljd. Flyttad till 2024.');
  });

  it('refuses the goal-fulfilment report with drafts to the anonymous and to a user without a role', async () => {
    const anonymous = await download(app, '/api/reports/goal-fulfilment/2022.docx?drafts=true');
    expect(anonymous.response.statusCode).toBe(401);
    expect(anonymous.response.json<{ message: string }>().message).toBe(
      'Logga in för att få dokumentet med utkast.',
    );
    await addUser(db, 'utan-roll', []);
    const withoutRole = await signIn(app, 'utan-roll');
    const refused = await asUser(app, withoutRole, {
      method: 'GET',
      url: '/api/reports/goal-fulfilment/2022.pdf?drafts=true',
    });
    expect(refused.statusCode).toBe(403);
    expect(
      (await download(app, '/api/reports/goal-fulfilment/2022.pdf?drafts=ja')).response.statusCode,
    ).toBe(400);
  });

  it('heads the documents with the municipality’s name from the organisation’s profile', async () => {
    const { body: profile } = await getJson<{ name: string | null; version: number }>(
      app,
      '/api/organisation',
    );
    const before = await documentXml(
      (await download(app, '/api/reports/outcome-table.docx')).bytes,
    );
    expect(before).toContain(
      `${profile.name === null ? '' : `${profile.name}. `}Uppgifter per 14 december 2022.`,
    );
    await addUser(db, 'admin', ['admin']);
    const admin = await signIn(app, 'admin');
    const set = await asUser(app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { name: 'Exempels kommun', version: profile.version },
    });
    expect(set.statusCode, set.body).toBe(200);
    const xml = await documentXml((await download(app, '/api/reports/outcome-table.docx')).bytes);
    expect(xml).toContain('Exempels kommun. Uppgifter per 14 december 2022.');
    const text = pdfText((await download(app, '/api/reports/activities/2024.pdf')).bytes);
    expect(text).toContain('Exempels kommun. Uppgifter per 14 december 2022.');
  });
});
