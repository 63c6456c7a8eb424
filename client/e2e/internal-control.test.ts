import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ControlSummary } from '@malbild/shared';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage } from './support/accounts';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  texts,
  waitForHydration,
  type ViewportName,
} from './support/pages';

const harness = useHarness();
const VIEWPORTS: ViewportName[] = ['desktop', 'phone'];

describe('intern kontroll', () => {
  it.each(VIEWPORTS)(
    'shows a signed-in user the risk matrix and table, the plans and the summary (%s)',
    async (viewport) => {
      await addUser(harness().db, `lasare-${viewport}`, ['unit_editor'], { units: ['SOU'] });
      const opened = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        viewport,
        `lasare-${viewport}`,
      );
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/intern-kontroll?ar=2021`);
      await page.getByRole('heading', { level: 1, name: 'Intern kontroll' }).waitFor();
      const matrix = page.getByRole('table', { name: /Riskmatris, Kommunkoncernen: 9 risker/ });
      await matrix.waitFor();
      // Readable without colour: the cell of sannolikhet 3 × konsekvens 4 says it in words.
      const cell = matrix
        .getByRole('row', { name: /Konsekvens 4/ })
        .getByRole('cell')
        .nth(2);
      expect((await cell.textContent())?.replace(/\s+/g, ' ')).toContain('4 risker');
      expect(await cell.textContent()).toContain('riskpoäng 12');
      expect(await cell.textContent()).toContain('nr 1, 2, 3, 4');
      await page.getByRole('table', { name: /Riskanalys, Kommunkoncernen, som tabell/ }).waitFor();
      await page
        .getByRole('heading', { name: 'Plan för kommunövergripande intern kontroll 2021' })
        .waitFor();
      await page.getByText('Beslutad 27 oktober 2020 § 194').waitFor();
      await page.getByRole('heading', { name: 'VOO: plan för intern kontroll 2021' }).waitFor();
      await waitForHydration(page);
      await checkAndCapture(opened, 'internal-control', viewport);
      await opened.context.close();
    },
  );

  it('asks the public to sign in until an admin publishes the year, then shows it to everyone', async () => {
    const anonymous = await openPage(harness().browser, 'desktop');
    const url = `${harness().baseUrl}/intern-kontroll?ar=2021`;
    await anonymous.page.goto(url);
    await anonymous.page
      .getByRole('link', { name: 'Logga in för att läsa den interna kontrollen för året' })
      .waitFor();
    const refused = await anonymous.page.request.get(
      `${harness().baseUrl}/api/internal-control/plans?year=2021`,
    );
    expect(refused.status()).toBe(401);
    await checkAndCapture(anonymous, 'internal-control-signed-out', 'desktop');

    await addUser(harness().db, 'admin', ['admin']);
    const admin = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'admin');
    await admin.page.goto(url);
    await waitForHydration(admin.page);
    await admin.page.getByRole('button', { name: 'Publicera 2021 för allmänheten' }).click();
    await admin.page
      .getByText('Publicerad: planerna och sammanställningen är offentliga.')
      .waitFor();
    await admin.context.close();

    const reader = await openPage(harness().browser, 'phone');
    await reader.page.goto(url);
    await reader.page
      .getByRole('heading', { name: 'Plan för kommunövergripande intern kontroll 2021' })
      .waitFor();
    await waitForHydration(reader.page);
    await checkAndCapture(reader, 'internal-control-published', 'phone');
    // Back to signed-in only, for the other tests of the file.
    const back = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'admin');
    const response = await back.context.request.put(
      `${harness().baseUrl}/api/internal-control/publication`,
      {
        data: { year: 2021, published: false },
        headers: { 'x-csrf-token': await csrfToken(back.context) },
      },
    );
    expect(response.status()).toBe(200);
    await back.context.close();
  });

  it.each(VIEWPORTS)(
    'lets a unit editor follow up a common kontrollpunkt with a deficiency and an action (%s)',
    async (viewport) => {
      const unit = viewport === 'desktop' ? 'VOO' : 'SOU';
      await addUser(harness().db, `redaktor-${viewport}`, ['unit_editor'], { units: [unit] });
      const opened = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        viewport,
        `redaktor-${viewport}`,
      );
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/intern-kontroll/uppfoljning?ar=2021&enhet=${unit}`);
      await page
        .getByRole('heading', { level: 2, name: new RegExp(`Uppföljning 2021 – .*${unit}`) })
        .waitFor();
      await waitForHydration(page);
      const headings = await texts(page, '.follow-up-row h3');
      expect(headings.slice(0, 3).every((h) => h.endsWith('(Kommungemensam)'))).toBe(true);
      expect(headings).toHaveLength(unit === 'VOO' ? 4 : 3);

      const row = page.getByRole('region', { name: /^2\. Följs de interna reglerna/ });
      await row.getByRole('button', { name: /Följ upp/ }).click();
      // Nothing filled in: each field's message in Swedish is next to it.
      await row.getByRole('button', { name: 'Spara uppföljningen' }).click();
      await row.getByText('Skriv vad som kontrollerades').waitFor();
      await row.getByText('Välj en bedömning').waitFor();

      await row.getByLabel('Vad kontrollerades').fill('Attester av egna utlägg, januari–juni');
      await row.getByLabel('Hur kontrollerades det').fill('Stickprov');
      await row.getByLabel('Urvalets storlek (antal)').fill('40');
      await row.getByLabel('Iakttagelser').fill('Två chefer hade attesterat egna utlägg.');
      await row.getByRole('radio', { name: 'Brister', exact: true }).check();
      await row.getByRole('button', { name: 'Lägg till åtgärd' }).click();
      await row.getByLabel('Åtgärd', { exact: true }).fill('Påminna cheferna om reglementet');
      await row.getByLabel('Ansvarig').fill('Förvaltningschef');
      await row.getByLabel('Klar senast').fill('2021-10-31');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'internal-control-follow-up-form', viewport);
      await row.getByRole('button', { name: 'Spara uppföljningen' }).click();
      await page.getByRole('status').filter({ hasText: 'Uppföljningen är sparad.' }).waitFor();
      await row.getByText(/^Brister\./).waitFor();

      const summary = await fetchSummary(opened.context, unit);
      // Each viewport's editor follows up for another unit: the summary counts both.
      const followedUp = VIEWPORTS.indexOf(viewport) + 1;
      expect(summary).toEqual({ deficiencies: followedUp, openActions: followedUp });
      await checkAndCapture(opened, 'internal-control-follow-up', viewport);
      await opened.context.close();
    },
  );

  it('lets the nämnd’s editor record its plan’s decision, keeping the draft as history', async () => {
    await addUser(harness().db, 'voo-beslut', ['unit_editor'], { units: ['VOO'] });
    const opened = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'voo-beslut',
    );
    const { page } = opened;
    await page.goto(`${harness().baseUrl}/intern-kontroll?ar=2021`);
    const plan = page.getByRole('region', { name: 'VOO: plan för intern kontroll 2021' });
    await plan.getByText('Utkast daterat 13 november 2020').waitFor();
    await waitForHydration(page);
    // The kommunövergripande plan is decided, and not this editor's: no button there.
    expect(await page.getByRole('button', { name: /Anteckna beslut/ }).count()).toBe(1);
    await plan.getByRole('button', { name: /Anteckna beslut/ }).click();
    await plan.getByLabel('Beslutsdatum').fill('2020-12-16');
    await plan.getByLabel('Paragraf').fill('§ 120');
    await plan.getByRole('button', { name: 'Spara beslutet' }).click();
    await plan.getByText('Beslutad 16 december 2020 § 120').waitFor();
    await plan.getByRole('status').filter({ hasText: 'Beslutet är antecknat.' }).waitFor();
    await plan.getByText('Tidigare versioner (1)').waitFor();

    // The nämnd's own risk analysis: riskpoäng is shown as computed, the matrix gets its level.
    await page.getByRole('button', { name: 'Ny risk i riskanalysen' }).click();
    expect(await page.getByLabel('Nivå').locator('option').allTextContents()).toEqual([
      'Vård- och omsorgsförvaltningen (VOO)',
    ]);
    await page
      .getByLabel('Risk / negativ händelse / tänkbar kontrollpunkt')
      .fill('Får de som behöver specialkost rätt kost?');
    await page.getByLabel('Sannolikhet (1–4)').selectOption('3');
    await page.getByLabel('Konsekvens (1–4)').selectOption('3');
    await page.locator('form').getByText('riskpoäng 9').waitFor();
    await page.getByRole('button', { name: 'Lägg till risken' }).click();
    await page.getByRole('status').filter({ hasText: 'Risken är tillagd.' }).waitFor();
    await page.getByRole('table', { name: /Riskmatris, VOO: 1 risk efter/ }).waitFor();
    await checkAndCapture(opened, 'internal-control-decided', 'desktop');
    await opened.context.close();
  });
});

/** The koncern's summary of common kontrollpunkt 2 as the signed-in user's API gives it. */
async function fetchSummary(context: BrowserContext, unit: string) {
  const response = await context.request.get(
    `${harness().baseUrl}/api/internal-control/summary?year=2021`,
  );
  const body = (await response.json()) as ControlSummary;
  const row = body.rows[1]!;
  expect(row.missing).not.toContain(unit);
  return { deficiencies: row.counts.deficiencies, openActions: row.openActions };
}

async function csrfToken(context: BrowserContext): Promise<string> {
  const response = await context.request.get(`${harness().baseUrl}/api/auth/session`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}
