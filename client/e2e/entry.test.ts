import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { MeasureDetail } from '@malbild/shared';
import { addUser, openSignedInPage, scriptErrors } from './support/accounts';
import { cell, focusedCell, tabToCell } from './support/grid';
import { useHarness } from './support/harness';
import { checkAndCapture, screenshot, type ViewportName } from './support/pages';

const harness = useHarness();
const YEAR = 2023;

async function openGrid(viewport: ViewportName = 'desktop', username = 'karin') {
  const opened = await openSignedInPage(harness().browser, harness().baseUrl, viewport, username);
  await opened.page.goto(`${harness().baseUrl}/inmatning?ar=${YEAR}`);
  await cell(opened.page, `Utfall ${YEAR}`, 17).waitFor();
  return opened;
}

describe('entry grid', () => {
  it('enters a year of outcomes with the keyboard only and saves them', async () => {
    await addUser(harness().db, 'karin', ['controller'], { displayName: 'Karin Kontroller' });
    const { context, page, errors } = await openGrid();
    const summary = page.locator('.entry-save-bar [role="status"]');

    await tabToCell(page, `Utfall ${YEAR}, 1 `);
    await page.keyboard.type('212');
    await page.keyboard.press('Enter');
    expect((await focusedCell(page)).label).toMatch(/^Utfall 2023, 2 /);
    await page.keyboard.type('14,2');
    await page.keyboard.press('Enter');

    // A share cannot pass 100: the message is beside the cell, and the cell points to it.
    await page.keyboard.type('141');
    const invalid = cell(page, `Utfall ${YEAR}`, 3);
    expect(await invalid.getAttribute('aria-invalid')).toBe('true');
    const messageId = (await invalid.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await page.locator(`#${messageId}`).textContent()).toBe(
      'Värdet får inte vara högre än 100',
    );
    // Saving now saves the valid cells, keeps the invalid one as typed, unsent, and focuses it.
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.press('Control+s');
    await summary
      .filter({ hasText: '2 sparade, 0 nekade, 0 konflikter. 1 cell går inte att spara' })
      .waitFor();
    expect((await focusedCell(page)).label).toMatch(/^Utfall 2023, 3 /);
    expect(await invalid.inputValue()).toBe('141');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('88 %');
    expect(await invalid.getAttribute('aria-invalid')).toBeNull();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('41 %');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focusedCell(page)).label).toMatch(/^Utfall 2023, 8 Antal invånare/);
    await page.keyboard.type('26 545');
    // At the end of the text, → goes on to the status, note and source of the same outcome.
    await page.keyboard.press('ArrowRight');
    expect((await focusedCell(page)).label).toMatch(/^Status, 8 /);
    await page.keyboard.type('P');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('Avser oktober 2023');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('SCB');
    // Shift+Tab goes back a cell, as everywhere.
    await page.keyboard.press('Shift+Tab');
    expect((await focusedCell(page)).value).toBe('Avser oktober 2023');
    // ← moves on only from the start of the text.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect((await focusedCell(page)).label).toMatch(/^Not, 8 /);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect((await focusedCell(page)).label).toMatch(/^Status, 8 /);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+s');
    await summary.filter({ hasText: '3 sparade, 0 nekade, 0 konflikter.' }).waitFor();
    for (const number of [3, 4, 8]) {
      const result = page.locator(`#entry-result-${number}-outcome`);
      expect(await result.textContent()).toBe('✓ Sparad');
    }
    await screenshot(page, 'entry-grid-saved', 'desktop');

    // A target as well, saved with Enter on the save button.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await tabToCell(page, `Målvärde ${YEAR}, 7 `);
    await page.keyboard.type('405');
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent);
      if (name === 'Spara ändringar') break;
    }
    await page.keyboard.press('Enter');
    await summary.filter({ hasText: '1 sparad, 0 nekade, 0 konflikter.' }).waitFor();

    const measure8 = await harness().api<MeasureDetail>('/measures/8');
    expect(measure8.outcomes.find((o) => o.year === YEAR)).toEqual({
      year: YEAR,
      value: 26545,
      status: 'preliminary',
      note: 'Avser oktober 2023',
    });
    const measure2 = await harness().api<MeasureDetail>('/measures/2');
    expect(measure2.outcomes.find((o) => o.year === YEAR)?.value).toBe(14.2);
    const measure7 = await harness().api<MeasureDetail>('/measures/7');
    expect(measure7.targets.find((t) => t.year === YEAR)?.value).toBe(405);

    // The public page shows the new figure.
    await page.goto(`${harness().baseUrl}/resultatmatt/8`);
    const row = page.locator(`tr[data-year="${YEAR}"] [data-testid="outcome"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('26\u202f545');
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('fills the cells below and to the right from a block pasted from Excel', async () => {
    const { context, page, errors } = await openGrid();
    await cell(page, `Utfall ${YEAR}`, 11).focus();
    await pasteText(page, '86\r\n70,0\r\n\r\n185\r\n');
    await cell(page, `Utfall ${YEAR}`, 15).focus();
    await pasteText(page, '38\tPreliminärt\tAvser augusti\r\n215\tDel av år\r\n');
    const status = page.getByRole('status').filter({ hasText: 'Klistrade in' });
    expect(await status.textContent()).toBe('Klistrade in 5 värden.');

    const values = await Promise.all(
      [11, 12, 13, 14, 15, 16].map((n) => cell(page, `Utfall ${YEAR}`, n).inputValue()),
    );
    expect(values).toEqual(['86', '70,0', '', '185', '38', '215']);
    expect(await cell(page, 'Status', 15).inputValue()).toBe('preliminary');
    expect(await cell(page, 'Not', 15).inputValue()).toBe('Avser augusti');
    expect(await cell(page, 'Status', 16).inputValue()).toBe('partial');

    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText('5 sparade, 0 nekade, 0 konflikter.').waitFor();
    const measure15 = await harness().api<MeasureDetail>('/measures/15');
    expect(measure15.outcomes.find((o) => o.year === YEAR)).toMatchObject({
      value: 38,
      status: 'preliminary',
      note: 'Avser augusti',
    });
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('shows a value’s history in a dialog that keeps focus and gives it back', async () => {
    const { context, page, errors } = await openGrid();
    await cell(page, `Utfall ${YEAR}`, 9).fill('12 500');
    await page.getByLabel('Orsak till ändringarna').fill('Från SCB:s statistikdatabas');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByText('1 sparad, 0 nekade, 0 konflikter.').waitFor();

    await page.getByRole('button', { name: 'Historik för 9 Antal arbetstillfällen' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Historik för 9 Antal arbetstillfällen, ${YEAR}`,
    });
    const changes = dialog.getByRole('table', { name: /Ändringar av resultatmått 9/ });
    expect(await changes.locator('tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/Utfall 2023–12\u202f500Karin KontrollerFrån SCB:s statistikdatabas$/),
    ]);
    await screenshot(page, 'entry-history', 'desktop');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Historik');
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])(
    'has no accessibility violations, with a changed and an invalid cell (%s)',
    async (viewport) => {
      const opened = await openGrid(viewport);
      await cell(opened.page, `Utfall ${YEAR}`, 5).fill('23');
      await cell(opened.page, `Utfall ${YEAR}`, 6).fill('12,5');
      await opened.page.getByText('Ange ett heltal').waitFor();
      // Leaving the page with unsaved values asks first; here the user stays.
      opened.page.once('dialog', (dialog) => void dialog.dismiss());
      await opened.page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Översikt' })
        .click();
      expect(opened.page.url()).toContain('/inmatning');
      await checkAndCapture(opened, 'entry-grid', viewport);
      await opened.context.close();
    },
  );
});

/** A paste as Excel makes it: text with tabs and CRLF line breaks on the clipboard. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}
