import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness';
import type { ControlPlan } from '@malbild/shared';
import { addUser, openSignedInPage, scriptErrors, writeMeanwhile } from './support/accounts';
import { axeViolations, checkAndCapture, screenshot, waitForHydration } from './support/pages';

// Each attempt from the seed: the test starts 2022's plans, which a retry could not start again.
const harness = useHarness(undefined, 'attempt');

// A new year's intern kontroll written entirely in the app: a controller starts the
// kommunövergripande plan for 2022 and adds a common kontrollpunkt from a risk, changes the risk
// (riskpoäng computed); VOO's editor starts VOO's plan, which holds the common kontrollpunkt,
// and adds its own. Both remove what they added (a risk, a kontrollpunkt) with a confirm step;
// the page's saved messages go when a form opens or the year changes.
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
      exact: true,
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
    const riskSaved = page.getByRole('status').filter({ hasText: 'Risken är sparad.' });
    await riskSaved.waitFor();
    // The message is the year's: another year's page does not show it, nor does coming back.
    await page
      .getByRole('navigation', { name: 'Välj år' })
      .getByRole('link', { name: '2021' })
      .click();
    await page.getByRole('heading', { name: 'Riskanalys 2021', level: 2 }).waitFor();
    await riskSaved.waitFor({ state: 'detached' });
    await page
      .getByRole('navigation', { name: 'Välj år' })
      .getByRole('link', { name: '2022' })
      .click();
    await page.getByRole('heading', { name: 'Riskanalys 2022', level: 2 }).waitFor();
    await page.getByRole('rowheader', { name: 'Följs attestreglementet?' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: /\S/ }).count()).toBe(0);

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
    // Opening the next form takes the saved message away.
    const pointSaved = plan.getByRole('status').filter({ hasText: 'Kontrollpunkten är sparad.' });
    await plan.getByRole('button', { name: /Ändra.*Attesteras utbetalningar/ }).click();
    await pointSaved.waitFor({ state: 'detached' });
    await plan.getByRole('button', { name: /Ändra.*Attesteras utbetalningar/ }).click();

    // A second risk, removed with a reason: the confirm step has focus, then the table.
    await page.getByRole('button', { name: 'Ny risk i riskanalysen' }).click();
    await page
      .getByLabel('Risk / negativ händelse / tänkbar kontrollpunkt')
      .fill('Dubblett av attestrisken');
    await page.getByRole('button', { name: 'Lägg till risken' }).click();
    await page.getByRole('status').filter({ hasText: 'Risken är tillagd.' }).waitFor();
    await page.getByRole('button', { name: 'Ta bort risk nr 2 (Kommunkoncernen)' }).click();
    await page
      .getByText(
        'Ta bort risk nr 2 (Kommunkoncernen) – tas bort ur riskanalysen men finns kvar i historiken.',
      )
      .waitFor();
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === 'P' &&
        document.activeElement.textContent.startsWith('Ta bort risk nr 2'),
    );
    await page.getByLabel('Varför? (valfritt)').fill('Samma risk som nr 1');
    await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Risk nr 2 är borttagen.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'risk-table-Kommunkoncernen');
    await page
      .getByRole('rowheader', { name: 'Dubblett av attestrisken' })
      .waitFor({ state: 'detached' });

    // The risk a kontrollpunkt comes from is refused, and cancelling goes back to its button.
    await page.getByRole('button', { name: 'Ta bort risk nr 1 (Kommunkoncernen)' }).click();
    await page.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({
        hasText: 'Kontrollpunkt 1 i planen kommer från risken: ta bort kopplingen där först',
      })
      .waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForFunction(
      () => document.activeElement?.textContent === 'Ta bort risk nr 1 (Kommunkoncernen)',
    );
    await plan
      .getByRole('button', {
        name: 'Ta bort kontrollpunkt 1: Attesteras utbetalningar enligt reglementet?',
      })
      .click();
    await plan.getByLabel('Varför? (valfritt)').waitFor();
    await screenshot(page, 'internal-control-removal', 'desktop');
    await checkAndCapture(
      { page, errors: scriptErrors(controller.errors) },
      'internal-control-writing',
      'desktop',
    );
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
    const voo = editor.page.getByRole('region', {
      name: 'VOO: plan för intern kontroll 2022',
      exact: true,
    });
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

    // VOO removes its own kontrollpunkt; its row of the common one goes only with the common.
    const removeOwn = voo.getByRole('button', {
      name: 'Ta bort kontrollpunkt 2: Följs rutinen för läkemedelshantering?',
    });
    await removeOwn.waitFor();
    expect(await voo.getByRole('button', { name: /^Ta bort kontrollpunkt 1:/ }).count()).toBe(0);
    await removeOwn.click();
    await voo.getByLabel('Varför? (valfritt)').fill('Ingår i förvaltningens egenkontroll');
    expect(await axeViolations(editor.page)).toEqual([]);
    await screenshot(editor.page, 'internal-control-removal', 'phone');
    // Changed meanwhile in another tab: the 409 shows what changed and offers removing it anyway.
    const plans = (await (
      await editor.context.request.get(`${harness().baseUrl}/api/internal-control/plans?year=2022`)
    ).json()) as ControlPlan[];
    const own = plans
      .find((p) => p.unit === 'VOO')!
      .controlPoints.find((p) => p.commonId === null)!;
    await writeMeanwhile(
      editor.context,
      harness().baseUrl,
      'patch',
      `/internal-control/control-points/${own.id}`,
      {
        text: own.text,
        regulation: null,
        period: null,
        method: null,
        responsible: 'Enhetschef',
        timeEstimate: null,
        deadlineFollowUp: null,
        deadlineReport: null,
        riskId: null,
        version: own.version,
      },
    );
    await voo.getByRole('button', { name: 'Ta bort', exact: true }).click();
    const conflict = voo
      .getByRole('alert')
      .filter({ hasText: 'Kontrollpunkten är inte borttagen.' });
    await conflict.getByText('Enhetschef').waitFor();
    await conflict.getByRole('button', { name: 'Ta bort ändå' }).click();
    await voo.getByRole('status').filter({ hasText: 'Kontrollpunkt 2 är borttagen.' }).waitFor();
    await voo
      .getByRole('rowheader', { name: /läkemedelshantering/ })
      .waitFor({ state: 'detached' });
    await editor.page.waitForFunction(() => document.activeElement?.id.startsWith('plan-points-'));
    await checkAndCapture(
      { page: editor.page, errors: scriptErrors(editor.errors) },
      'internal-control-writing',
      'phone',
    );
    await editor.context.close();
  }, 360_000);
});
