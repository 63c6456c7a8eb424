import { describe, expect, it } from 'vitest';
import type { MeasureDetail, MeasureHistory } from '@malbild/shared';
import { addUser, openSignedInPage, scriptErrors } from './support/accounts';
import { useHarness } from './support/harness';
import { checkAndCapture, type ViewportName } from './support/pages';

const harness = useHarness();

async function openDefinition(number: number, viewport: ViewportName = 'desktop') {
  const opened = await openSignedInPage(harness().browser, harness().baseUrl, viewport, 'karin');
  await opened.page.goto(`${harness().baseUrl}/inmatning/definitioner?matt=${number}`);
  await opened.page.getByLabel('Kolada-id (valfritt)').waitFor();
  return opened;
}

describe('measure definitions', () => {
  it('lists the measures and saves a change, refusing an invalid field beside it', async () => {
    await addUser(harness().db, 'karin', ['controller']);
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'karin',
    );
    await page.goto(`${harness().baseUrl}/inmatning/definitioner`);
    const list = page.getByRole('table', { name: 'Alla resultatmått i perioden' });
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBe(17);
    await list.getByRole('link', { name: 'Ändra resultatmått 3' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Andel elever som är trygga i skolan' })
      .waitFor();

    const kolada = page.getByLabel('Kolada-id (valfritt)');
    await kolada.fill('X1');
    await page.getByRole('button', { name: 'Spara definitionen' }).click();
    expect(await kolada.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#definition-koladaKpi-error').textContent()).toContain(
      'Ett Kolada-id ser ut som N01951',
    );
    await kolada.fill('N15419');
    await page.getByLabel('Orsak till ändringen').fill('Id från Kolada');
    await page.getByRole('button', { name: 'Spara definitionen' }).click();
    await page.getByRole('status').filter({ hasText: 'Definitionen är sparad.' }).waitFor();

    expect((await harness().api<MeasureDetail>('/measures/3')).koladaKpi).toBe('N15419');
    const history = await harness().api<MeasureHistory>('/measures/3/history');
    expect(history.changes[0]).toMatchObject({
      kind: 'definition',
      newState: { koladaKpi: 'N15419' },
      changedBy: 'karin',
      reason: 'Id från Kolada',
    });
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('shows what another controller changed meanwhile, and lays the edit on top of it', async () => {
    const { context, page, errors } = await openDefinition(4);
    await page.getByLabel('Enhet', { exact: true }).fill('procent');

    const other = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'karin');
    const { csrfToken } = (await (
      await other.context.request.get(`${harness().baseUrl}/api/auth/session`)
    ).json()) as { csrfToken: string };
    const stored = (await harness().api<{ version: number }>('/measures/4/definition')).version;
    const renamed = await other.context.request.patch(
      `${harness().baseUrl}/api/measures/4/definition`,
      {
        data: { name: 'Andel förskollärare', version: stored },
        headers: { 'X-CSRF-Token': csrfToken },
      },
    );
    expect(renamed.status()).toBe(200);
    await other.context.close();

    await page.getByRole('button', { name: 'Spara definitionen' }).click();
    const conflict = page.locator('.conflict-box');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('NamnNu sparat: Andel förskollärare');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('conflict-box');
    await conflict
      .getByRole('button', { name: 'Lägg mina ändringar ovanpå den nya versionen' })
      .click();
    expect(await page.getByLabel('Namn').inputValue()).toBe('Andel förskollärare');
    expect(await page.getByLabel('Enhet', { exact: true }).inputValue()).toBe('procent');
    await page.getByRole('button', { name: 'Spara definitionen' }).click();
    await page.getByRole('status').filter({ hasText: 'Definitionen är sparad.' }).waitFor();
    const measure = await harness().api<MeasureDetail>('/measures/4');
    expect([measure.name, measure.unit]).toEqual(['Andel förskollärare', 'procent']);
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])(
    'has no accessibility violations on the form (%s)',
    async (viewport) => {
      const opened = await openDefinition(10, viewport);
      await opened.page.getByLabel('Lägsta tillåtna värde').fill('sju');
      await opened.page.getByRole('button', { name: 'Spara definitionen' }).click();
      await opened.page.locator('#definition-scaleMin-error').waitFor();
      await checkAndCapture(opened, 'definition', viewport);
      await opened.context.close();
    },
  );
});
