import { beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, UnitWithCounts } from '@malbild/shared';
import { addUser, openSignedInPage } from './support/accounts';
import { useHarness } from './support/harness';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  waitForHydration,
  type ViewportName,
} from './support/pages';

// The municipality's profile and the basics of a public-sector site, as a visitor and an
// administrator see them: name in the header and the title, contact and licence in the footer,
// the accessibility statement, the API documentation, the 404 page, and the admin pages.

const harness = useHarness();
const VIEWPORTS: ViewportName[] = ['desktop', 'phone'];
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeAll(async () => {
  await addUser(harness().db, 'admin', ['admin'], { displayName: 'Ada Admin' });
  await addUser(harness().db, 'controller', ['controller'], { displayName: 'Cia Controller' });
});

async function openPublic(path: string, viewport: ViewportName) {
  const opened = await openPage(harness().browser, viewport);
  await opened.page.goto(`${harness().baseUrl}${path}`);
  await waitForHydration(opened.page);
  return opened;
}

describe('the public pages of the profile', () => {
  it.each(VIEWPORTS)(
    'shows the statement outline, the name and the licence (%s)',
    async (viewport) => {
      const { name } = await harness().api<Organisation>('/organisation');
      const opened = await openPublic('/tillganglighet', viewport);
      const { page } = opened;
      expect(await page.title()).toBe(`Tillgänglighetsredogörelse – ${name}`);
      expect(await page.locator('.site-header__name').textContent()).toBe(name);
      await page
        .getByRole('heading', { level: 2, name: 'Hur tillgänglig är webbplatsen?' })
        .waitFor();
      await page.getByRole('link', { name: 'anmäla det till Digg' }).waitFor();
      const footer = page.getByRole('contentinfo');
      expect(await footer.getByRole('link', { name: 'CC0 1.0' }).getAttribute('href')).toMatch(
        /creativecommons\.org\/publicdomain\/zero/,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport === 'phone' ? 390 : 1280,
      );
      await checkAndCapture(opened, 'accessibility-statement', viewport);
    },
  );

  it.each(VIEWPORTS)(
    'documents the API in Swedish from its OpenAPI document (%s)',
    async (viewport) => {
      const opened = await openPublic('/api-dokumentation', viewport);
      const { page } = opened;
      await page.getByRole('heading', { level: 1, name: 'API-dokumentation' }).waitFor();
      await page
        .getByRole('heading', { level: 3, name: 'GET /api/measures/{number}', exact: true })
        .waitFor();
      await page.getByRole('heading', { level: 2, name: 'öppna data' }).waitFor();
      expect(await page.getByRole('table', { name: 'Parametrar' }).count()).toBeGreaterThan(3);
      await checkAndCapture(opened, 'api-docs', viewport);
    },
  );

  it.each(VIEWPORTS)(
    'answers an unknown address with 404 and the ways on (%s)',
    async (viewport) => {
      const opened = await openPage(harness().browser, viewport);
      const response = await opened.page.goto(`${harness().baseUrl}/finns/inte`);
      expect(response?.status()).toBe(404);
      await waitForHydration(opened.page);
      await opened.page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
      const links = opened.page.getByRole('list', { name: 'Sidor att gå till' }).getByRole('link');
      expect(await links.count()).toBe(3);
      // The browser reports the page's own 404 status as a console error: that one is expected.
      const errors = opened.errors.filter((error) => !error.includes('status of 404'));
      await checkAndCapture({ page: opened.page, errors }, 'not-found', viewport);
    },
  );

  it('puts the licence beside every CSV download', async () => {
    const opened = await openPublic('/resultatmatt/8', 'desktop');
    const download = opened.page.locator('.download').first();
    await download.getByRole('button', { name: /Ladda ner som CSV/ }).waitFor();
    expect(await download.locator('.download__licence').textContent()).toBe(
      'Licens: CC0 1.0 – fri att använda utan villkor',
    );
    await opened.page.close();
  });
});

describe('the profile, edited by an administrator', () => {
  it.each(VIEWPORTS)(
    'saves the name, contact and licence; the site follows (%s)',
    async (viewport) => {
      const { context, page, errors } = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        viewport,
        'admin',
      );
      await page.goto(`${harness().baseUrl}/admin/kommun`);
      const form = page.locator('form').filter({ has: page.getByLabel('Kommunens namn') });
      await form.getByLabel('Kommunens namn').waitFor();

      await form.getByLabel('E-postadress').fill('inte en adress');
      await form.getByRole('button', { name: 'Spara profilen' }).click();
      await form
        .locator('.form-field__error')
        .filter({ hasText: 'Skriv en e-postadress' })
        .waitFor();

      const name = `Provkommun ${viewport}`;
      await form.getByLabel('Kommunens namn').fill(name);
      await form.getByLabel('E-postadress').fill('kontakt@provkommun.se');
      await form.getByLabel('Telefonnummer').fill('0240-860 00');
      await form.getByRole('radio', { name: /CC BY 4\.0/ }).check();
      await form
        .getByLabel('Tillgänglighetsredogörelse')
        .fill('## Vår bedömning\n\nVi följer lagen.');
      await form.getByRole('button', { name: 'Spara profilen' }).click();
      await form.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
      await page.locator('.site-header__name').filter({ hasText: name }).waitFor();
      expect(await page.title()).toBe(`Kommunen – ${name}`);

      // A logo: shown beside the name in the header, for everyone.
      const logo = page.locator('form').filter({ has: page.getByLabel('Ny logotyp') });
      await logo.getByLabel('Ny logotyp').setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: Buffer.from(ONE_PIXEL_PNG, 'base64'),
      });
      await logo.getByRole('button', { name: 'Ladda upp logotypen' }).click();
      await page.getByRole('img', { name: 'Nuvarande logotyp' }).waitFor();
      await page.locator('img.site-header__logo--image').waitFor();
      // The new logo is a new version of the profile: the form saves on from it, no conflict.
      await form.getByLabel('Telefonnummer').fill('0240-860 01');
      await form.getByRole('button', { name: 'Spara profilen' }).click();
      await form.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await checkAndCapture({ page, errors }, 'admin-profile', viewport);

      const visitor = await openPublic('/tillganglighet', viewport);
      await visitor.page.getByRole('heading', { level: 2, name: 'Vår bedömning' }).waitFor();
      await visitor.page.getByRole('link', { name: 'kontakt@provkommun.se' }).first().waitFor();
      await visitor.page
        .getByRole('contentinfo')
        .getByRole('link', { name: 'CC BY 4.0' })
        .waitFor();
      await visitor.page.close();
      await context.close();
    },
  );
});

describe('the units, edited by a controller', () => {
  it.each(VIEWPORTS)('adds, renames and merges units (%s)', async (viewport) => {
    const code = viewport === 'desktop' ? 'NYD' : 'NYP';
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      viewport,
      'controller',
    );
    await page.goto(`${harness().baseUrl}/admin/enheter`);
    await page.getByRole('table', { name: 'Alla enheter' }).waitFor();

    const add = page.locator('form').filter({ has: page.getByLabel('Kod', { exact: true }) });
    await add.getByLabel('Kod', { exact: true }).fill(code);
    await add.getByLabel('Namn', { exact: true }).fill('Nya förvaltningen');
    await add.getByRole('button', { name: 'Lägg till enheten' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Enheten ${code} är tillagd.` })
      .waitFor();

    const row = page.getByRole('row', { name: new RegExp(`^${code} `) });
    await row.getByRole('button', { name: `Ändra enheten ${code}` }).click();
    const editor = page.getByRole('region', { name: `Ändra Nya förvaltningen (${code})` });
    await editor.getByLabel('Nytt namn').waitFor();
    // The editor's three forms, open: as clean as the page.
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'admin-unit-editor', viewport);
    await editor.getByLabel('Nytt namn').fill('Omdöpta förvaltningen');
    await editor.getByRole('button', { name: 'Byt namn' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${code} har bytt namn.` })
      .waitFor();
    await row.filter({ hasText: 'Hette Nya förvaltningen' }).waitFor();

    await row.getByRole('button', { name: `Ändra enheten ${code}` }).click();
    const again = page.getByRole('region', { name: `Ändra Omdöpta förvaltningen (${code})` });
    await again.getByLabel('Slå ihop med').selectOption('KSF');
    await again.getByRole('button', { name: 'Slå ihop' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${code} är sammanslagen med KSF; 0 målaktiviteter flyttades.` })
      .waitFor();
    await row.filter({ hasText: 'Sammanslagen med KSF' }).waitFor();
    const units = await harness().api<UnitWithCounts[]>('/units');
    expect(units.find((u) => u.code === code)).toMatchObject({
      name: 'Omdöpta förvaltningen',
      mergedInto: 'KSF',
      formerNames: [{ name: 'Nya förvaltningen' }],
    });
    await checkAndCapture({ page, errors }, 'admin-units', viewport);
    await context.close();
  });
});
