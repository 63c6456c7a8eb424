import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Period } from '@malbild/shared';
import { addUser, PASSWORD } from './support/accounts';
import { useHarness } from './support/harness';
import {
  axeViolations,
  checkAndCapture,
  collectErrors,
  openPage,
  screenshot,
  VIEWPORTS,
  waitForHydration,
} from './support/pages';

const SETUP_CODE = 'K7QW-3MZP-XA9T-HV2C';

// A fresh empty database per attempt: a retried test could not create the first account again.
const emptyHarness = useHarness(() => ({ empty: true, setupCode: SETUP_CODE }), 'attempt');

/** One step of /kom-igang, by its heading. */
const step = (page: Page, title: string) =>
  page.locator('.setup-step').filter({ has: page.getByRole('heading', { name: title }) });

async function backToSetup(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Inloggad användare' })
    .getByRole('link', { name: 'Kom igång' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Kom igång med Målbild' }).waitFor();
}

// From an empty database (npm run start:empty) a controller sets up a municipality that is not
// Ludvika in the browser alone, following /kom-igang: the first administrator, the profile, a
// period with its structure, a unit, and activating it; the public then sees it (decision 014).
describe('the first run on an empty database', () => {
  it('says calmly that nothing is published yet, and where to begin', async () => {
    const harness = emptyHarness();
    for (const viewport of ['desktop', 'phone'] as const) {
      const visitor = await openPage(harness.browser, viewport);
      await visitor.page.goto(harness.baseUrl);
      await visitor.page.getByText('Ännu är inget publicerat.').waitFor();
      await waitForHydration(visitor.page);
      expect(await visitor.page.locator('.error-alert, [role="alert"]').count()).toBe(0);
      await visitor.page.getByRole('link', { name: /Kom igång/ }).waitFor();
      await checkAndCapture(visitor, 'first-run-start', viewport);

      const setup = await openPage(harness.browser, viewport);
      await setup.page.goto(`${harness.baseUrl}/kom-igang`);
      await setup.page.getByLabel('Engångskod').waitFor();
      await waitForHydration(setup.page);
      await checkAndCapture(setup, 'first-run-setup', viewport);
    }
  });

  it('offers a planned period the admin shows as a proposal on the start page, its links keeping it', async () => {
    const harness = emptyHarness();
    await addUser(harness.db, 'ada', ['admin']);
    const admin = await harness.browser.newContext();
    await admin.request.post(`${harness.baseUrl}/api/auth/login`, {
      data: { username: 'ada', password: PASSWORD },
    });
    const session = (await (
      await admin.request.get(`${harness.baseUrl}/api/auth/session`)
    ).json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': session.csrfToken };
    const created = await admin.request.post(`${harness.baseUrl}/api/periods`, {
      headers,
      data: { name: '2027–2030', startYear: 2027, endYear: 2030, vision: 'Ett förslag' },
    });
    const period = (await created.json()) as Period;
    const shown = await admin.request.patch(`${harness.baseUrl}/api/periods/${period.id}`, {
      headers,
      data: { public: true, version: period.version },
    });
    expect(shown.status()).toBe(200);
    await admin.close();

    for (const viewport of ['desktop', 'phone'] as const) {
      const visitor = await openPage(harness.browser, viewport);
      await visitor.page.goto(harness.baseUrl);
      await visitor.page.getByText('Ännu är inget publicerat.').waitFor();
      const switcher = visitor.page.getByRole('navigation', { name: 'Målperioder' });
      await switcher.getByText('(förslag)').waitFor();
      await waitForHydration(visitor.page);
      expect(await axeViolations(visitor.page)).toEqual([]);
      await screenshot(visitor.page, 'proposal-offered', viewport);
      await switcher.getByRole('link', { name: '2027–2030' }).click();
      await visitor.page.getByText('Målperioden 2027–2030 är ett förslag').waitFor();
      expect(new URL(visitor.page.url()).searchParams.get('period')).toBe(String(period.id));
      // The header's links stay in the proposal, as every period-scoped link does.
      const nav = visitor.page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await nav.getByRole('link', { name: 'Målaktiviteter' }).getAttribute('href')).toBe(
        `/malaktiviteter?period=${period.id}`,
      );
      expect(await nav.getByRole('link', { name: 'Översikt' }).getAttribute('href')).toBe(
        `/?period=${period.id}`,
      );
      await checkAndCapture(visitor, 'proposal-start', viewport);
    }
  });

  it('sets up Exempelby kommun step by step and publishes its first period', async () => {
    const harness = emptyHarness();
    const context = await harness.browser.newContext({
      viewport: VIEWPORTS.desktop,
      locale: 'sv-SE',
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const base = harness.baseUrl;
    await page.goto(`${base}/kom-igang`);
    await page.getByLabel('Engångskod').waitFor();
    await waitForHydration(page);

    // A wrong code is refused beside its field.
    await page.getByLabel('Engångskod').fill('AAAA-BBBB-CCCC-DDDD');
    await page.getByLabel('Användarnamn').fill('ingrid');
    await page.getByLabel('Namn', { exact: true }).fill('Ingrid Strateg');
    await page.getByLabel('Lösenord').fill('ett-långt-lösenord-för-webbtest');
    await page.getByRole('button', { name: 'Skapa administratören' }).click();
    await page.getByText('Engångskoden stämmer inte').waitFor();

    await page.getByLabel('Engångskod').fill(SETUP_CODE.toLowerCase());
    await page.getByRole('button', { name: 'Skapa administratören' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Du är inloggad som Ingrid Strateg' })
      .waitFor();
    await step(page, 'Skapa den första administratören').getByText('Klart').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-steps', 'desktop');

    // The municipality's profile, on its own page.
    await step(page, 'Beskriv kommunen').getByRole('link', { name: 'Till Kommunen' }).click();
    await page.getByLabel('Kommunens namn').fill('Exempelby kommun');
    await page.getByLabel('Kommunkod (fyra siffror, SCB)').fill('9999');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.getByRole('status').filter({ hasText: 'Profilen är sparad.' }).waitFor();
    await backToSetup(page);
    await step(page, 'Beskriv kommunen').getByText('Klart').waitFor();

    // A period and its structure, with the forms of Målperioder.
    await step(page, 'Skapa en målperiod').getByRole('link', { name: 'Till Målperioder' }).click();
    await page.getByRole('heading', { name: 'Ny målperiod' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('2027–2030');
    await page.getByLabel('Första året').fill('2027');
    await page.getByLabel('Sista året').fill('2030');
    await page.getByLabel('Vision').fill('Exempelby – en trygg plats att växa i');
    await page.getByRole('button', { name: 'Skapa perioden' }).click();
    const structure = page.getByRole('region', { name: 'Struktur för 2027–2030' });
    await structure.getByText('Perioden har inga målområden ännu.').waitFor();
    await structure.getByLabel('Målområdets namn').fill('Trygghet och hälsa');
    await structure.getByRole('button', { name: 'Lägg till' }).nth(0).click();
    await structure.getByRole('heading', { name: 'Trygghet och hälsa' }).waitFor();
    await structure.getByLabel('Verksamhetsmålets namn').fill('Fler känner sig trygga');
    await structure.getByLabel('Det här menar vi med målet').fill('Alla ska kunna röra sig fritt.');
    await structure.getByRole('button', { name: 'Lägg till' }).nth(1).click();
    await structure.getByRole('heading', { name: 'Fler känner sig trygga' }).waitFor();
    await structure.getByLabel('Resultatmåttets namn').fill('Andel som känner sig trygga');
    await structure
      .getByLabel('Det här jobbar vi särskilt för')
      .fill('Belysning och fritidsgårdar.');
    await structure.getByLabel('Enhet', { exact: true }).fill('%');
    await structure.getByRole('button', { name: 'Lägg till' }).nth(2).click();
    await structure.getByText('1. Andel som känner sig trygga').waitFor();
    await backToSetup(page);
    await step(page, 'Lägg upp målen').getByText('Klart').waitFor();

    // A unit, at Enheter.
    await step(page, 'Lägg upp enheterna').getByRole('link', { name: 'Till Enheter' }).click();
    await page.getByLabel('Kod', { exact: true }).fill('KSF');
    await page.getByLabel('Namn', { exact: true }).fill('Kommunstyrelsens förvaltning');
    await page.getByRole('button', { name: 'Lägg till enheten' }).click();
    await page.getByRole('status').filter({ hasText: 'Enheten KSF är tillagd.' }).waitFor();
    await backToSetup(page);
    await step(page, 'Lägg upp enheterna').getByText('Klart').waitFor();

    // Activating the period publishes it.
    await step(page, 'Aktivera perioden')
      .getByRole('link', { name: 'Aktivera perioden på Målperioder' })
      .click();
    await page.getByRole('button', { name: 'Aktivera 2027–2030' }).click();
    await page.getByRole('status').filter({ hasText: '2027–2030 är aktiv' }).waitFor();
    // Nothing left to do: the menu's way back is gone, and the steps say so.
    await page
      .getByRole('navigation', { name: 'Inloggad användare' })
      .getByRole('link', { name: 'Kom igång' })
      .waitFor({ state: 'detached' });
    await page.goto(`${base}/kom-igang`);
    await page.getByText('Allt är klart').waitFor();
    await waitForHydration(page);
    expect(await page.locator('.setup-step__mark--done').count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-done', 'desktop');
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);

    // The first account cannot be made twice, whatever the code.
    const again = await fetch(`${base}/api/setup/first-admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'andra',
        displayName: 'Andra',
        password: 'ett-långt-lösenord-för-webbtest',
        setupCode: SETUP_CODE,
      }),
    });
    expect(again.status).toBe(409);
    await context.close();

    for (const viewport of ['desktop', 'phone'] as const) {
      const visitor = await openPage(harness.browser, viewport);
      await visitor.page.goto(base);
      await visitor.page.getByText('Exempelby – en trygg plats att växa i').waitFor();
      await visitor.page.getByRole('link', { name: 'Fler känner sig trygga' }).first().waitFor();
      await waitForHydration(visitor.page);
      expect(await visitor.page.locator('.site-header__name').textContent()).toBe(
        'Exempelby kommun',
      );
      expect(await visitor.page.title()).toContain('Exempelby kommun');
      await checkAndCapture(visitor, 'first-run-published', viewport);
    }
  });
});
