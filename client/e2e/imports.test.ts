import { describe, expect, it } from 'vitest';
import type { MeasureDetail } from '@malbild/shared';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage, scriptErrors } from './support/accounts';
import { axeViolations, screenshot, type ViewportName } from './support/pages';

const harness = useHarness();

const HEADER = 'Resultatmått;År;Utfall;Status;Not;Källa;Målvärde;Beslut';
// Measure 3 is a share (0–100 %): 500 is refused, 88 and 24 are fine.
const FILE = [HEADER, '3;2023;88;Preliminärt;Avser oktober 2023;SCB;;', '5;2023;500;;;;;', ''].join(
  '\r\n',
);

async function importPage(viewport: ViewportName, username: string) {
  const opened = await openSignedInPage(harness().browser, harness().baseUrl, viewport, username);
  await opened.page.goto(`${harness().baseUrl}/import`);
  await opened.page
    .getByRole('heading', { level: 1, name: 'Importera utfall och målvärden' })
    .waitFor();
  return opened;
}

const outcome2023 = async (number: number) =>
  (await harness().api<MeasureDetail>(`/measures/${number}`)).outcomes.find((o) => o.year === 2023);

describe('import page', () => {
  it('uploads a file, shows each row’s status and diff, and saves the valid rows', async () => {
    await addUser(harness().db, 'kontrollant', ['controller']);
    const { context, page, errors } = await importPage('desktop', 'kontrollant');
    expect(await page.getByRole('link', { name: 'Mall som CSV' }).getAttribute('href')).toBe(
      '/api/imports/template.csv',
    );

    await page
      .getByLabel('Fil med utfall och målvärden (CSV eller .xlsx, högst 5 MB)')
      .setInputFiles({ name: 'utfall-2023.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    await page.getByRole('heading', { name: 'Förhandsgranskning: utfall-2023.csv' }).waitFor();
    const cells = (row: number) =>
      page.locator('.import-table tbody tr').nth(row).locator('td').allInnerTexts();
    expect(await cells(0)).toEqual([
      '2',
      '3',
      '2023',
      'Nytt',
      'nytt: 88\nstatus: Preliminärt\nnot: Avser oktober 2023\nkälla: SCB',
      'Ändras inte',
      '',
    ]);
    expect(await cells(1)).toEqual([
      '3',
      '5',
      '2023',
      'Fel',
      'nytt: 500\nstatus: Slutligt',
      'Ändras inte',
      'Utfall: Värdet får inte vara högre än 100',
    ]);
    expect(await page.locator('.import-warning').textContent()).toContain('1 rad har fel');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-preview', 'desktop');

    await page.getByLabel('Bara giltiga rader').check();
    await page.getByRole('button', { name: 'Spara importen' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Importen är sparad' });
    await result.waitFor();
    expect(await result.textContent()).toContain('Importen är sparad: 1 utfall och 0 målvärden.');
    expect(await result.textContent()).toContain(
      'Rad 3: Utfall: Värdet får inte vara högre än 100',
    );
    await screenshot(page, 'import-committed', 'desktop');

    // The public API now shows the imported value; the refused one was not written.
    expect(await outcome2023(3)).toEqual({
      year: 2023,
      value: 88,
      status: 'preliminary',
      note: 'Avser oktober 2023',
    });
    expect(await outcome2023(5)).toBeUndefined();
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('takes a dropped file, and all-or-nothing saves nothing when a row is invalid (phone)', async () => {
    await addUser(harness().db, 'kontrollant2', ['controller']);
    const { context, page, errors } = await importPage('phone', 'kontrollant2');
    const dropped = FILE.replace('3;2023;88', '4;2023;43');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'släppt.csv', { type: 'text/csv' }));
      return transfer;
    }, dropped);
    await page.locator('.file-drop').dispatchEvent('drop', { dataTransfer });
    await page.getByRole('heading', { name: 'Förhandsgranskning: släppt.csv' }).waitFor();
    expect(await page.getByLabel('Allt eller inget').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Spara importen' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Importen sparades inte' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Rad 3: Utfall: Värdet får inte vara högre än 100');
    expect((await outcome2023(4))?.value).not.toBe(43);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-refused', 'phone');
    // The 409 is logged by the browser as a failed resource; no script error besides.
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('lets an administrator set the municipality code and offers the measures with a Kolada id', async () => {
    await addUser(harness().db, 'admin', ['admin']);
    harness().db.prepare("UPDATE measures SET kolada_kpi = 'N01951' WHERE number = 8").run();
    const { context, page, errors } = await importPage('desktop', 'admin');
    await page.getByRole('heading', { name: 'Från Kolada' }).waitFor();
    expect(await page.getByText('Kommunkoden är inte angiven.').count()).toBe(1);
    await page.getByLabel('Kommunkod (fyra siffror, SCB)').fill('2085');
    await page.getByRole('button', { name: 'Spara kommunkoden' }).click();
    await page.getByText('Kommunkod: 2085').waitFor();

    const measures = page.getByRole('group', { name: 'Resultatmått att hämta' });
    expect(await measures.getByRole('checkbox').count()).toBe(1);
    expect(await measures.getByLabel(/^8\. .*\(N01951\)$/).isChecked()).toBe(true);
    await page.getByRole('group', { name: 'År att hämta' }).getByLabel('2022').check();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-kolada', 'desktop');

    // There is no internet here: the server cannot reach Kolada, and says so.
    await page.getByRole('button', { name: 'Hämta från Kolada' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Hämtningen från Kolada misslyckades' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/Kolada (gick inte att nå|svarade inte i tid)/);
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });
});
