import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatMeasureValue,
  STATE_LABELS,
  type MeasureWithAssessment,
  type Overview,
} from '@malbild/shared';
import type { FastifyInstance } from 'fastify';
import { copyBuiltClient } from '../../scripts/lib/build-client';
import { documentXml, pdfInfo, pdfText } from '../../server/test/document-helpers';
import { createTestApp, getJson, SLOW_TEST_MS } from '../../server/test/helpers';
import {
  addUser,
  asUser,
  createTestContext,
  signIn,
  type TestSession,
} from '../../server/test/session-helpers';

// The measure's chart drawn on the server by the client's own chart component (its server
// bundle, so the built client is needed: hence here with the browser tests, though no browser
// is started), as SVG and PNG, and in the goal-fulfilment report.

const download = async (app: FastifyInstance, url: string) => {
  const response = await app.inject({ method: 'GET', url });
  return { response, bytes: response.rawPayload };
};

const stripMarkers = (text: string) => text.replace(/\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾$/, '');
const cellText = (cell: string) =>
  [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((t) => t[1])
    .join('')
    .replace(/&amp;/g, '&');

/** Each level-4 section of the DOCX (one measure) with its heading and its table rows. */
function docxSections(xml: string) {
  return xml
    .split('<w:pStyle w:val="Heading4"/>')
    .slice(1)
    .map((section) => ({
      heading: cellText(/^.*?<\/w:p>/s.exec(section)![0]),
      rows: [...section.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map(([row]) =>
        [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => cellText(cell)),
      ),
    }));
}

describe('chart images and the goal-fulfilment report', () => {
  let app: FastifyInstance;
  let db: Awaited<ReturnType<typeof createTestContext>>['db'];
  let clientDist: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'malbild-charts-'));
    clientDist = join(dir, 'dist');
    copyBuiltClient(clientDist);
    ({ app, db } = await createTestContext({ clientDist }));
  }, SLOW_TEST_MS);
  afterAll(async () => {
    await app.close();
    rmSync(join(clientDist, '..'), { recursive: true, force: true });
  });

  it(
    'draws the measure page’s chart as SVG with its legend, footnotes, source and text alternative',
    async () => {
      const { body: measure } = await getJson<MeasureWithAssessment>(app, '/api/measures/8');
      const { response, bytes } = await download(app, '/api/measures/8/chart.svg');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
      const svg = bytes.toString('utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('Resultatmått 8: Antal invånare');
      expect(svg).toContain('Slutmål 2025');
      expect(svg).toContain('1) Avser september 2022');
      expect(svg).toContain('Källa: Ludvika kommun, Målbild, uppgifter per 14 december 2022.');
      const latest = measure.outcomes.at(-1)!;
      expect(svg).toContain(
        `Senaste utfall ${latest.year}: ${formatMeasureValue(latest.value, measure)}`,
      );
      // Recharts drew the line, and one outcome mark per outcome (plus two in the legend).
      expect(svg).toContain('recharts-line-curve');
      expect(svg.match(/r="4.5"/g)).toHaveLength(measure.outcomes.length + 2);
    },
    SLOW_TEST_MS,
  );

  it(
    'gives the same chart as PNG at twice the size, and 404 for a measure that does not exist',
    async () => {
      const { response, bytes } = await download(app, '/api/measures/8/chart.png?period=1');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('image/png');
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(1600);
      expect((await download(app, '/api/measures/999/chart.png')).response.statusCode).toBe(404);
      expect((await download(app, '/api/measures/8/chart.svg?period=99')).response.statusCode).toBe(
        404,
      );
    },
    SLOW_TEST_MS,
  );

  it('answers 503 when the server has no built client to draw with', async () => {
    const bare = await createTestApp();
    const { response } = await download(bare, '/api/measures/8/chart.svg');
    expect(response.statusCode).toBe(503);
    expect(response.json<{ message: string }>().message).toContain('npm run build');
    await bare.close();
  });

  it(
    'writes Måluppfyllelse 2022 as Word: counts of the overview, each measure’s figures up to 2022, its chart',
    async () => {
      const { body: overview } = await getJson<Overview>(app, '/api/overview?year=2022');
      const { body: measures } = await getJson<MeasureWithAssessment[]>(app, '/api/measures');
      const xml = await documentXml(
        (await download(app, '/api/reports/goal-fulfilment/2022.docx')).bytes,
      );
      expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(overview.areas.length);
      const countRows = [...xml.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map(([row]) =>
        [...row.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map(([cell]) => cellText(cell)),
      );
      for (const goal of overview.areas.flatMap((area) => area.goals)) {
        const { met, improving, not_met, no_data } = goal.counts;
        expect(countRows, goal.name).toContainEqual(
          [goal.name, met, improving, not_met, no_data, met + improving + not_met + no_data].map(
            String,
          ),
        );
      }
      const sections = docxSections(xml);
      expect(sections).toHaveLength(measures.length);
      for (const measure of measures) {
        const section = sections.find(
          (s) => s.heading === `Resultatmått ${measure.number}: ${measure.name}`,
        );
        expect(section, measure.name).toBeDefined();
        const years = section!.rows.filter((cells) => /^\d{4}$/.test(cells[0]!));
        for (const [year, outcome, target] of years) {
          const y = Number(year);
          const expectedOutcome =
            y <= 2022 ? (measure.outcomes.find((o) => o.year === y)?.value ?? null) : null;
          const expectedTarget = measure.targets.find((t) => t.year === y)?.value ?? null;
          expect(stripMarkers(outcome!), `${measure.number} ${year}`).toBe(
            formatMeasureValue(expectedOutcome, measure),
          );
          expect(stripMarkers(target!), `${measure.number} ${year}`).toBe(
            formatMeasureValue(expectedTarget, measure),
          );
        }
        const state = overview.areas
          .flatMap((area) => area.goals.flatMap((goal) => goal.measures))
          .find((m) => m.number === measure.number)!.state;
        expect(years.find(([year]) => year === '2022')![3]).toBe(STATE_LABELS[state]);
      }
      // One chart per measure, with its text alternative.
      expect(xml.match(/<pic:pic /g)).toHaveLength(measures.length);
      expect(xml).toMatch(/descr="Diagram\. Utfall och målvärden 2018–2025\. Enhet: antal\./);
    },
    SLOW_TEST_MS,
  );

  it(
    'writes Måluppfyllelse 2022 as a tagged PDF whose charts are figures with alternative text',
    async () => {
      const { bytes, response } = await download(app, '/api/reports/goal-fulfilment/2022.pdf');
      expect(response.headers['content-disposition']).toContain('Maluppfyllelse 2022.pdf');
      expect(pdfInfo(bytes)).toMatch(/Tagged:\s+yes/);
      const raw = bytes.toString('latin1');
      expect(raw).toContain('/S /Figure\n');
      expect(raw).toContain('/S /H4\n');
      expect(raw).toMatch(/\/Alt \(/);
      const text = pdfText(bytes).replace(/\u202f/g, ' ');
      expect(text).toContain('Måluppfyllelse 2022');
      expect(text).toContain('Resultatmått 8: Antal invånare');
      expect(text).toContain('2022 26 383 ¹⁾ 26 550 Ej uppnått');
      expect(
        (await download(app, '/api/reports/goal-fulfilment/2019.pdf')).response.statusCode,
      ).toBe(404);
    },
    SLOW_TEST_MS,
  );

  it(
    'puts unpublished analyses and judgements in Måluppfyllelse, marked, only when a user with the right asks',
    async () => {
      await addUser(db, 'kontroller', ['controller']);
      await addUser(db, 'red-sou', ['unit_editor'], ['SOU']);
      const controller = await signIn(app, 'kontroller');
      const editor = await signIn(app, 'red-sou');
      const send = async (
        session: TestSession,
        method: 'PUT' | 'PATCH' | 'POST',
        url: string,
        payload: object,
      ) => {
        const response = await asUser(app, session, { method, url, payload });
        expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
        return response.json<{ id: number; version: number }>();
      };
      const definition = (
        await asUser(app, controller, { method: 'GET', url: '/api/measures/1/definition' })
      ).json<{ version: number }>();
      await send(controller, 'PATCH', '/api/measures/1/definition', {
        responsibleUnit: 'SOU',
        version: definition.version,
      });
      const analysis = await send(editor, 'PUT', '/api/follow-up/2022/analyses/1/annual', {
        text: 'Meritvärdet steg, enligt enhetens utkast.',
        version: 0,
      });
      await send(editor, 'POST', `/api/follow-up/analyses/${String(analysis.id)}/steps`, {
        action: 'submit',
        version: 1,
      });
      const { body: period } = await getJson<{ areas: { goals: { id: number }[] }[] }>(
        app,
        '/api/periods/current',
      );
      await send(
        controller,
        'PUT',
        `/api/follow-up/2022/judgements/goal/${String(period.areas[0]!.goals[0]!.id)}`,
        {
          level: 'partly_met',
          reason: 'Controllerns bedömning, ej granskad.',
          version: 0,
        },
      );

      const text = async (session: TestSession | null, query: string) => {
        const response = await asUser(app, session, {
          method: 'GET',
          url: `/api/reports/goal-fulfilment/2022.docx${query}`,
        });
        expect(response.statusCode, response.body).toBe(200);
        return cellText(await documentXml(response.rawPayload));
      };
      const analysisText =
        'Analys och kommentar [Utkast – ej publicerad. Läge: Inskickad]: Meritvärdet steg, enligt enhetens utkast.';
      const judgementText =
        'Helhetsbedömning [Utkast – ej publicerad. Läge: Utkast]: Delvis uppfyllt.';

      const published = await text(controller, '');
      expect(published).not.toContain('enhetens utkast');
      expect(published).not.toContain('ej granskad');
      const forController = await text(controller, '?drafts=true');
      expect(forController).toContain('Måluppfyllelse 2022, med utkast');
      expect(forController).toContain('Inte den publicerade rapporten');
      expect(forController).toContain(analysisText);
      expect(forController).toContain(judgementText);
      expect(forController).toContain('Controllerns bedömning, ej granskad.');
      // The responsible unit's editor gets the unit's analysis; judgements are the reviewers'.
      const forEditor = await text(editor, '?drafts=true');
      expect(forEditor).toContain(analysisText);
      expect(forEditor).not.toContain('ej granskad');
      expect(await text(null, '?drafts=false')).not.toContain('enhetens utkast');
    },
    SLOW_TEST_MS * 2,
  );
});
