import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureWithAssessment } from '@malbild/shared';
import { dataEntry, startKoladaStub, type KoladaStub } from '../../server/test/support/kolada-stub';
import { formatValue } from '../src/lib/format';
import { addUser, openSignedInPage } from './support/accounts';
import { useHarness } from './support/harness';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  texts,
  type ViewportName,
} from './support/pages';

// Stubbed Kolada (no network): Riket and Ludvika's similar municipalities for measure 1's KPI.
const GROUP = { id: 'G2', title: 'Liknande kommuner, övergripande, Ludvika, 2025' };
const COUNTRY = { 2019: 221.7, 2020: 223.9, 2021: 224.9, 2022: 222.6, 2023: 221.5 };
const GROUP_MEAN = { 2019: 209.4, 2020: 212.8, 2021: 210.3, 2022: 208.9 };

let stub: KoladaStub;
beforeAll(async () => {
  stub = await startKoladaStub((url) => {
    const path = url.pathname.replace(/^\/v3\//, '');
    if (path === 'municipality/2085')
      return { json: { values: [{ id: '2085', title: 'Ludvika' }] } };
    if (path === 'municipality_groups') return { json: { values: [GROUP] } };
    if (path === 'kpi') {
      return {
        json: {
          values: [
            { id: 'N15505', title: 'Genomsnittligt meritvärde åk 9, hemkommun' },
            { id: 'N15503', title: 'Genomsnittligt meritvärde åk 9, kommunala skolor' },
          ],
        },
      };
    }
    if (path === 'data/kpi/N15505/municipality/0000,G2') {
      return {
        json: {
          values: [
            ...Object.entries(COUNTRY).map(([y, v]) => dataEntry('N15505', '0000', +y, v)),
            ...Object.entries(GROUP_MEAN).map(([y, v]) => dataEntry('N15505', 'G2', +y, v, 8)),
          ],
        },
      };
    }
    return { status: 404 };
  });
});
afterAll(() => stub.close());

const harness = useHarness(() => ({ kolada: { baseUrl: stub.baseUrl } }));

beforeAll(async () => {
  const { db } = harness();
  db.prepare("UPDATE organisation SET municipality_code = '2085'").run();
  db.prepare("UPDATE measures SET kolada_kpi = 'N15505' WHERE number = 1").run();
  await addUser(db, 'kolada-controller', ['controller']);
  await addUser(db, 'kolada-admin', ['admin']);
});

/** Every address the browser asked: none may be Kolada's. */
function requestsOf(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

describe('comparison with Kolada', () => {
  it('shows nothing to compare before the server has fetched anything', async () => {
    const opened = await openPage(harness().browser, 'desktop');
    await opened.page.goto(`${harness().baseUrl}/resultatmatt/1`);
    await opened.page.locator('.recharts-surface').waitFor();
    expect(await opened.page.locator('th', { hasText: 'Riket' }).count()).toBe(0);
    expect(await opened.page.locator('.comparison-source').count()).toBe(0);
    await opened.page.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])(
    'a controller fetches the figures on the import page (%s)',
    async (viewport) => {
      const opened = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        viewport,
        viewport === 'desktop' ? 'kolada-admin' : 'kolada-controller',
      );
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/import`);
      const section = page.getByRole('region', { name: 'Jämförelse med andra kommuner (Kolada)' });
      await section.getByText('N15505').waitFor();
      await section.getByRole('button', { name: 'Hämta jämförelsevärden nu' }).click();
      await section
        .getByRole('status')
        .filter({ hasText: 'Jämförelsevärdena är hämtade.' })
        .waitFor();
      expect(await section.locator('dd').first().textContent()).toBe(
        `${GROUP.title} (Koladas liknande kommuner)`,
      );
      // Only an administrator chooses the group.
      expect(await section.getByRole('heading', { name: 'Välj jämförelsegrupp' }).count()).toBe(
        viewport === 'desktop' ? 1 : 0,
      );
      await checkAndCapture(opened, 'kolada-import', viewport);
      await opened.context.close();
    },
  );

  it.each<ViewportName>(['desktop', 'phone'])(
    'the measure page shows Riket and the group beside the outcomes, with source and date (%s)',
    async (viewport) => {
      const measure = await harness().api<MeasureWithAssessment>('/measures/1');
      const opened = await openPage(harness().browser, viewport);
      const asked = requestsOf(opened.page);
      await opened.page.goto(`${harness().baseUrl}/resultatmatt/1`);
      await opened.page.locator('.recharts-surface').waitFor();
      const table = opened.page.getByRole('table', {
        name: /^Utfall och målvärden för resultatmått 1/,
      });
      expect(await texts(table, 'thead th')).toEqual([
        'År',
        'Utfall',
        'Målvärde',
        'Mot årets målvärde',
        'Riket',
        'Jämförelsegrupp (medelvärde)',
      ]);
      for (const [year, value] of Object.entries(COUNTRY)) {
        const cell = table.locator(`tr[data-year="${year}"] [data-testid="country"]`);
        if ((await cell.count()) === 0) continue;
        expect(await cell.textContent()).toBe(formatValue(value, measure));
      }
      expect(await table.locator('tr[data-year="2022"] [data-testid="group"]').textContent()).toBe(
        formatValue(GROUP_MEAN[2022], measure),
      );
      const legend = await texts(opened.page, '.chart-legend li');
      expect(legend).toContain('Riket (Kolada)');
      expect(legend).toContain(`${GROUP.title}: ovägt medelvärde (Kolada)`);
      expect(await opened.page.locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
      const source = await opened.page.locator('.comparison-source').textContent();
      expect(source).toMatch(
        /^Jämförelsen: källa Kolada \(nyckeltal N15505, hämtat \d+ \w+ \d{4}\)\./,
      );
      expect(source).toContain('ovägt medelvärde');
      // The figures came with the page from our server; the browser never asked Kolada.
      const koladaOrigin = new URL(stub.baseUrl).origin;
      expect(asked.filter((url) => url.startsWith(koladaOrigin))).toEqual([]);
      const width = await opened.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(viewport === 'phone' ? 390 : 1280);
      await checkAndCapture(opened, 'kolada-measure', viewport);
    },
  );

  it('the server renders the comparison into the page it sends', async () => {
    const html = await (await fetch(`${harness().baseUrl}/resultatmatt/1`)).text();
    expect(html).toContain('Jämförelsen: källa Kolada');
    expect(html).toContain('data-testid="country"');
  });

  it('a measure without a Kolada id shows no comparison', async () => {
    const opened = await openPage(harness().browser, 'phone');
    await opened.page.goto(`${harness().baseUrl}/resultatmatt/2`);
    await opened.page.locator('.recharts-surface').waitFor();
    expect(await opened.page.locator('th', { hasText: 'Riket' }).count()).toBe(0);
    expect(await opened.page.locator('.comparison-source').count()).toBe(0);
    await opened.page.close();
  });

  it('a controller finds a KPI by title and puts its id in the definition', async () => {
    const opened = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'kolada-controller',
    );
    const { page } = opened;
    await page.goto(`${harness().baseUrl}/inmatning/definitioner?matt=2`);
    const field = page.getByLabel('Kolada-id (valfritt)');
    await field.waitFor();
    await page.getByLabel('Sök nyckeltal i Kolada').fill('meritvärde');
    await page.getByLabel('Sök nyckeltal i Kolada').press('Enter');
    const hits = page.getByRole('list', { name: 'Nyckeltal i Kolada' });
    await hits.waitFor();
    expect(await texts(hits, 'li .kolada-search__title')).toEqual([
      'N15505 Genomsnittligt meritvärde åk 9, hemkommun',
      'N15503 Genomsnittligt meritvärde åk 9, kommunala skolor',
    ]);
    // Checked with its hits shown, before the test goes on choosing one.
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'kolada-kpi-search', 'desktop');
    await hits.getByRole('button', { name: 'Välj N15503' }).click();
    await page.getByRole('status').filter({ hasText: 'N15503 är valt som Kolada-id' }).waitFor();
    expect(await field.inputValue()).toBe('N15503');
    await opened.context.close();
  });
});
