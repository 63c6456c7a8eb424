import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage, scriptErrors } from './support/accounts';
import { axeViolations } from './support/pages';

const harness = useHarness();

// An old template uploaded after someone changed a value: the preview says so, in words, before
// anything is saved (issue 13, finding 10).
describe('import of an old template', () => {
  it('warns about each value changed since the template was downloaded', async () => {
    await addUser(harness().db, 'mallanvandare', ['controller'], { displayName: 'Mall Användare' });
    await addUser(harness().db, 'kollega', ['controller'], { displayName: 'Kim Kollega' });
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'mallanvandare',
    );
    const template = await (
      await page.request.get(`${harness().baseUrl}/api/imports/template.csv`)
    ).text();
    // A colleague corrects measure 8's 2022 outcome after the download.
    harness()
      .db.prepare(
        `UPDATE outcomes SET value = 26400, version = version + 1, updated_by = 'kollega',
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+2 seconds')
         WHERE year = 2022 AND series_id = (SELECT series_id FROM measures WHERE number = 8)`,
      )
      .run();

    await page.goto(`${harness().baseUrl}/import`);
    await page
      .getByLabel('Fil med utfall och målvärden (CSV eller .xlsx, högst 5 MB)')
      .setInputFiles({
        name: 'gammal-mall.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(template),
      });
    await page.getByRole('heading', { name: 'Förhandsgranskning: gammal-mall.csv' }).waitFor();
    expect(await page.locator('.import-warning-summary').textContent()).toBe(
      'Obs! En rad skriver över värden som någon har ändrat efter att mallen hämtades. Kontrollera den i tabellen innan du sparar.',
    );
    const warning = page.locator('.import-warnings li');
    expect(await warning.count()).toBe(1);
    expect(await warning.textContent()).toMatch(
      /^Obs! Utfall: Utfallet ändrades .+ av Kim Kollega, efter att mallen hämtades .+\. Importen skriver över det\.$/,
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });
});
