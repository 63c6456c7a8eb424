import { describe, expect, it } from 'vitest';
import type { MeasureDetail } from '@malbild/shared';
import { addUser, openSignedInPage, scriptErrors, type SignedInPage } from './support/accounts';
import { cell } from './support/grid';
import { useHarness } from './support/harness';
import { axeViolations, screenshot } from './support/pages';

const harness = useHarness();
const YEAR = 2024;

async function openGrid(username: string): Promise<SignedInPage> {
  const opened = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', username);
  await opened.page.goto(`${harness().baseUrl}/inmatning?ar=${YEAR}`);
  await cell(opened.page, `Utfall ${YEAR}`, 17).waitFor();
  return opened;
}

async function save(page: SignedInPage['page'], summary: string): Promise<void> {
  await page.keyboard.press('Control+s');
  await page.locator('.entry-save-bar [role="status"]').filter({ hasText: summary }).waitFor();
}

describe('two controllers editing the same values', () => {
  it('shows the conflict, and both "Ta deras" and "Behåll mitt" resolve it', async () => {
    await addUser(harness().db, 'anna', ['controller'], { displayName: 'Anna' });
    await addUser(harness().db, 'bertil', ['controller'], { displayName: 'Bertil' });
    // Both load the year before either saves.
    const anna = await openGrid('anna');
    const bertil = await openGrid('bertil');

    await cell(anna.page, `Utfall ${YEAR}`, 6).fill('300');
    await cell(anna.page, `Målvärde ${YEAR}`, 7).fill('400');
    await save(anna.page, '2 sparade, 0 nekade, 0 konflikter.');

    await cell(bertil.page, `Utfall ${YEAR}`, 6).fill('310');
    await cell(bertil.page, `Målvärde ${YEAR}`, 7).fill('390');
    await cell(bertil.page, `Utfall ${YEAR}`, 8).fill('26 400');
    await save(bertil.page, '1 sparad, 0 nekade, 2 konflikter.');

    // Nothing of Anna's was overwritten.
    const measure6 = await harness().api<MeasureDetail>('/measures/6');
    expect(measure6.outcomes.find((o) => o.year === YEAR)?.value).toBe(300);

    const outcomeConflict = bertil.page.locator('#entry-conflict-6-outcome');
    expect(await outcomeConflict.textContent()).toMatch(
      /^Utfall: Någon annan har ändrat värdet till 300 \(av Anna, .+\)\.$/,
    );
    // The cell names the conflict to screen readers too.
    expect(await cell(bertil.page, `Utfall ${YEAR}`, 6).getAttribute('aria-describedby')).toContain(
      'entry-conflict-6-outcome',
    );
    expect(await axeViolations(bertil.page)).toEqual([]);
    await screenshot(bertil.page, 'entry-conflict', 'desktop');

    const conflicts = bertil.page.locator('.entry-conflict');
    await conflicts
      .filter({ hasText: 'Utfall:' })
      .getByRole('button', { name: 'Ta deras' })
      .click();
    expect(await cell(bertil.page, `Utfall ${YEAR}`, 6).inputValue()).toBe('300');
    expect(await bertil.page.locator('#entry-result-6-outcome').textContent()).toBe(
      'Den andras värde används',
    );

    const targetConflict = conflicts.filter({ hasText: 'Målvärde:' });
    expect(await targetConflict.textContent()).toContain('till 400 (av Anna');
    await targetConflict.getByRole('button', { name: 'Behåll mitt' }).click();
    await bertil.page.locator('#entry-result-7-target').filter({ hasText: '✓ Sparad' }).waitFor();
    expect(await conflicts.count()).toBe(0);

    const measure7 = await harness().api<MeasureDetail>('/measures/7');
    expect(measure7.targets.find((t) => t.year === YEAR)?.value).toBe(390);

    // The history keeps both writers' values.
    await bertil.page.getByRole('button', { name: /^Historik för 7 / }).click();
    const rows = bertil.page.getByRole('dialog').locator('tbody tr');
    await rows.first().waitFor();
    const history = await rows.allTextContents();
    expect(history[0]).toMatch(/Målvärde 2024400390Bertil/);
    expect(history[1]).toMatch(/Målvärde 2024.*400Anna/);

    expect(scriptErrors(anna.errors)).toEqual([]);
    expect(scriptErrors(bertil.errors)).toEqual([]);
    await anna.context.close();
    await bertil.context.close();
  });

  it('asks before leaving with unsaved values, and still has them after coming back', async () => {
    const { context, page, errors } = await openGrid('anna');
    await cell(page, `Utfall ${YEAR}`, 9).fill('12 700');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Målaktiviteter' })
      .click();
    await page.waitForURL(/\/malaktiviteter$/);
    // Really on the other page: the grid has gone, not just the address changed.
    await page.getByRole('heading', { level: 1, name: 'Målaktiviteter' }).waitFor();
    await cell(page, `Utfall ${YEAR}`, 9).waitFor({ state: 'detached' });
    expect(asked).toEqual(['Du har ändringar som inte är sparade. Vill du lämna sidan ändå?']);

    await page.goBack();
    await cell(page, `Utfall ${YEAR}`, 9).waitFor();
    expect(await cell(page, `Utfall ${YEAR}`, 9).inputValue()).toBe('12 700');
    await page.getByText('Dina osparade ändringar från förra besöket').waitFor();
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });
});
