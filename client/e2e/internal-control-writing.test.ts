import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage } from './support/accounts';
import { checkAndCapture, waitForHydration } from './support/pages';

const harness = useHarness();

// A new year's intern kontroll written entirely in the app: a controller starts the
// kommunövergripande plan for 2022 and adds a common kontrollpunkt from a risk, changes the risk
// (riskpoäng computed); VOO's editor starts VOO's plan, which holds the common kontrollpunkt,
// and adds its own.
describe('intern kontroll skrivs i appen', () => {
  it('starts 2022: the koncern’s plan with a kontrollpunkt from a risk, and a unit’s plan with it', async () => {
    await addUser(harness().db, 'kia', ['controller'], { displayName: 'Kia Controller' });
    await addUser(harness().db, 'vera', ['unit_editor'], { units: ['VOO'] });
    const controller = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'kia',
    );
    const { page } = controller;
    await page.goto(`${harness().baseUrl}/intern-kontroll?ar=2021`);
    await page.getByRole('heading', { level: 1, name: 'Intern kontroll' }).waitFor();
    await waitForHydration(page);

    await page.getByRole('button', { name: 'Påbörja ett års plan' }).click();
    await page.getByLabel('År', { exact: true }).fill('2022');
    await page.getByRole('button', { name: 'Påbörja planen' }).click();
    await page.waitForURL(/ar=2022/);
    const plan = page.getByRole('region', {
      name: 'Plan för kommunövergripande intern kontroll 2022',
    });
    await plan.getByText('Utkast').first().waitFor();

    // A risk first, then changed: its riskpoäng follows sannolikhet × konsekvens.
    await page.getByRole('button', { name: 'Ny risk i riskanalysen' }).click();
    await page
      .getByLabel('Risk / negativ händelse / tänkbar kontrollpunkt')
      .fill('Följs attestreglementet?');
    await page.getByLabel('Sannolikhet (1–4)').selectOption('2');
    await page.getByLabel('Konsekvens (1–4)').selectOption('3');
    await page.getByRole('button', { name: 'Lägg till risken' }).click();
    await page.getByRole('status').filter({ hasText: 'Risken är tillagd.' }).waitFor();
    await page.getByRole('button', { name: /Ändra.*risk nr 1/ }).click();
    await page.getByLabel('Sannolikhet (1–4)').selectOption('4');
    await page.locator('form p[aria-live]').filter({ hasText: 'riskpoäng 12' }).waitFor();
    await page.getByRole('button', { name: 'Spara risken' }).click();
    await page.getByRole('status').filter({ hasText: 'Risken är sparad.' }).first().waitFor();

    await plan.getByRole('button', { name: /Ny kontrollpunkt/ }).click();
    await plan.getByRole('button', { name: 'Lägg till kontrollpunkten' }).click();
    await plan.getByText('Skriv kontrollpunkten').waitFor();
    await plan
      .getByLabel('Kontrollpunkt', { exact: true })
      .fill('Attesteras utbetalningar enligt reglementet?');
    await plan.getByLabel('Ansvarig funktion').fill('Förvaltningschef');
    await plan
      .getByLabel('Uppföljningen på tjänstemannanivå ska senast vara klar')
      .fill('2022-09-30');
    await plan
      .getByLabel('Kommer från risk')
      .selectOption({ label: '1. Följs attestreglementet?' });
    await plan.getByRole('button', { name: 'Lägg till kontrollpunkten' }).click();
    await plan.getByRole('status').filter({ hasText: 'Kontrollpunkten är sparad.' }).waitFor();
    await plan
      .getByRole('rowheader', { name: /Attesteras utbetalningar/ })
      .getByText('Från risk nr 1')
      .waitFor();
    await checkAndCapture(controller, 'internal-control-writing', 'desktop');
    await controller.context.close();

    // VOO's editor: VOO's plan starts with the common kontrollpunkt; it adds its own.
    const editor = await openSignedInPage(harness().browser, harness().baseUrl, 'phone', 'vera');
    await editor.page.goto(`${harness().baseUrl}/intern-kontroll?ar=2022`);
    await editor.page.getByRole('heading', { level: 1, name: 'Intern kontroll' }).waitFor();
    await waitForHydration(editor.page);
    await editor.page.getByRole('button', { name: 'Påbörja ett års plan' }).click();
    expect(await editor.page.getByLabel('Nivå').inputValue()).toBe('VOO');
    await editor.page.getByLabel('År', { exact: true }).fill('2022');
    await editor.page.getByRole('button', { name: 'Påbörja planen' }).click();
    const voo = editor.page.getByRole('region', { name: 'VOO: plan för intern kontroll 2022' });
    await voo
      .getByRole('rowheader', { name: /Attesteras utbetalningar/ })
      .getByText('Kommungemensam')
      .waitFor();
    await voo.getByRole('button', { name: /Ny kontrollpunkt/ }).click();
    await voo
      .getByLabel('Kontrollpunkt', { exact: true })
      .fill('Följs rutinen för läkemedelshantering?');
    await voo.getByRole('button', { name: 'Lägg till kontrollpunkten' }).click();
    await voo
      .getByRole('rowheader', { name: /läkemedelshantering/ })
      .getByText('Egen')
      .waitFor();
    await checkAndCapture(editor, 'internal-control-writing', 'phone');
    await editor.context.close();
  }, 240_000);
});
