import { describe, expect, it } from 'vitest';
import { addUser, openSignedInPage } from './support/accounts';
import { useHarness } from './support/harness';
import { checkAndCapture, openPage, waitForHydration } from './support/pages';

// Each attempt from the seed: the test creates 2026–2029, which a retry could not create again.
const harness = useHarness(undefined, 'attempt');

// An administrator creates 2026–2029 by copying 2021–2025, adds to its structure and activates
// it; the public then sees it as the current period, and 2021–2025 stays readable in the archive.
describe('målperioder', () => {
  it('copies a period, adds a målområde, activates it, and the public switches between periods', async () => {
    await addUser(harness().db, 'ada', ['admin'], { displayName: 'Ada Admin' });
    const admin = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'ada');
    const { page } = admin;
    await page.goto(`${harness().baseUrl}/admin/perioder`);
    await page.getByRole('heading', { name: 'Ny målperiod' }).waitFor();
    await waitForHydration(page);

    // The form's own check: a name and both years are needed.
    await page.getByRole('button', { name: 'Skapa perioden' }).click();
    await page.locator('.form-field__error').first().waitFor();
    expect(await page.locator('.form-field__error').first().textContent()).toContain('Fyll i namn');

    await page.getByLabel('Namn', { exact: true }).fill('2026–2029');
    await page.getByLabel('Första året').fill('2026');
    await page.getByLabel('Sista året').fill('2029');
    await page.getByLabel('Vision').fill('Ludvika är framtidens kommun');
    await page.getByLabel('Kopiera från').selectOption({ label: '2021–2025' });
    await page.getByRole('button', { name: 'Skapa perioden' }).click();
    const structure = page.getByRole('region', { name: 'Struktur för 2026–2029' });
    await structure.getByText('17. Energianvändning', { exact: false }).waitFor();

    await structure.getByLabel('Målområdets namn').fill('Digital kommun');
    await structure.getByRole('button', { name: 'Lägg till' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Digital kommun är tillagt.' }).waitFor();
    await structure.getByRole('heading', { name: 'Digital kommun' }).waitFor();

    // A measure with nothing recorded of its own is removed; another moves up and is renumbered.
    page.on('dialog', (dialog) => void dialog.accept());
    await structure.getByRole('button', { name: 'Ta bort resultatmått 17' }).click();
    await page.getByRole('status').filter({ hasText: 'är borttaget' }).waitFor();
    await structure.getByText('17. ', { exact: false }).waitFor({ state: 'detached' });
    await structure.getByRole('button', { name: 'Flytta upp resultatmått 2' }).click();
    await page.getByRole('status').filter({ hasText: 'har nu nummer 1' }).waitFor();
    await structure.getByText('1. Genomsnittlig betygspoäng', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Aktivera 2026–2029' }).click();
    await page.getByRole('status').filter({ hasText: '2026–2029 är aktiv' }).waitFor();
    await checkAndCapture(admin, 'admin-periods', 'desktop');
    await admin.context.close();

    for (const viewport of ['desktop', 'phone'] as const) {
      const visitor = await openPage(harness().browser, viewport);
      await visitor.page.goto(harness().baseUrl);
      const switcher = visitor.page.getByRole('navigation', { name: 'Målperioder' });
      await switcher.getByRole('link', { name: '2026–2029' }).waitFor();
      expect(
        await switcher.getByRole('link', { name: '2026–2029' }).getAttribute('aria-current'),
      ).toBe('page');
      await waitForHydration(visitor.page);
      await switcher.getByRole('link', { name: '2021–2025' }).click();
      await visitor.page.getByText('Du ser målperioden 2021–2025').waitFor();
      expect(new URL(visitor.page.url()).searchParams.get('period')).toBe('1');
      await visitor.page
        .getByRole('heading', { name: 'Så går det för resultatmåtten 2022' })
        .waitFor();
      if (viewport === 'desktop') {
        // The archive's goals and measures are the archived period's: the address carries it.
        await visitor.page.getByRole('link', { name: 'En av landets bästa skolkommuner' }).click();
        await visitor.page
          .getByRole('heading', { level: 1, name: 'En av landets bästa skolkommuner' })
          .waitFor();
        expect(new URL(visitor.page.url()).searchParams.get('period')).toBe('1');
        await visitor.page.getByRole('heading', { name: 'Resultatmått', exact: true }).waitFor();
      }
      await checkAndCapture(visitor, 'period-archive', viewport);
    }

    // In the new period measure 1 is the same time series: its table starts in 2018.
    const measure = await openPage(harness().browser, 'desktop');
    await measure.page.goto(`${harness().baseUrl}/resultatmatt/1`);
    await measure.page
      .getByRole('cell', { name: '2018' })
      .or(measure.page.getByRole('rowheader', { name: '2018' }))
      .first()
      .waitFor();
    await measure.page.close();
    // A long walk through many pages: the default minute is too short on a busy machine.
  }, 240_000);
});
