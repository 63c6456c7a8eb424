import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage, PASSWORD, scriptErrors } from './support/accounts';
import { axeViolations, checkAndCapture, openPage, type ViewportName } from './support/pages';

const harness = useHarness();

describe('sign-in', () => {
  it('refuses a wrong password, then signs in and returns to the page asked for', async () => {
    await addUser(harness().db, 'anna', ['controller'], { displayName: 'Anna Andersson' });
    const { page, errors } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/inmatning?ar=2023`);
    await page.getByRole('heading', { level: 1, name: 'Logga in för att fortsätta' }).waitFor();
    await page.getByRole('link', { name: 'Gå till inloggningen' }).click();
    await page.waitForURL(/\/logga-in\?till=/);

    // Empty fields: the form's own check, beside each field.
    await page.getByRole('button', { name: 'Logga in' }).click();
    const username = page.getByLabel('Användarnamn');
    expect(await username.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sign-in-username-error').textContent()).toContain(
      'Fyll i användarnamn',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-username');

    await username.fill('anna');
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Fel användarnamn eller lösenord.',
    );

    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(/\/inmatning\?ar=2023$/);
    await page.getByRole('heading', { level: 1, name: 'Utfall och målvärden 2023' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Inloggad användare' });
    expect(await menu.textContent()).toContain('Anna Andersson');
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Inmatning',
      'Definitioner',
      'Import',
      'Planer',
      // Controllers set up periods and their structure (decision 009), run the follow-up
      // cycle's calendar, review the follow-up (decision 017), follow up intern kontroll, and
      // keep the units.
      'Perioder',
      'Påminnelser',
      'Vad saknas',
      'Granskning',
      'Intern kontroll',
      'Enheter',
    ]);

    await menu.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL(`${harness().baseUrl}/`);
    await page.getByRole('link', { name: 'Logga in' }).waitFor();
    expect(scriptErrors(errors)).toEqual([]);
    await page.close();
  });

  it('keeps a unit editor out of the grid, and the API refuses them too', async () => {
    await addUser(harness().db, 'ulla', ['unit_editor'], { units: ['SOU'] });
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'ulla',
    );
    await page.goto(`${harness().baseUrl}/inmatning?ar=2023`);
    await page.getByRole('heading', { level: 1, name: 'Din roll räcker inte' }).waitFor();
    expect(await page.locator('table').count()).toBe(0);
    const menu = page.getByRole('navigation', { name: 'Inloggad användare' });
    expect(await menu.getByRole('link').allTextContents()).toEqual([
      'Planer',
      'Påminnelser',
      'Intern kontroll',
    ]);
    const api = await context.request.get(`${harness().baseUrl}/api/entry/2023`);
    expect(api.status()).toBe(403);
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])(
    'has no accessibility violations, with errors shown (%s)',
    async (viewport) => {
      const opened = await openPage(harness().browser, viewport);
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/logga-in`);
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Användarnamn').fill('anna');
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.locator('#sign-in-password-error').waitFor();
      await checkAndCapture(opened, 'sign-in', viewport);
    },
  );

  it('says plainly when sign-in is throttled (429)', async () => {
    const { page, errors } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/logga-in`);
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill('fel-lösenord');
    const alert = page.getByRole('alert');
    for (let attempt = 0; attempt < 12; attempt++) {
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('button', { name: 'Logga in' }).waitFor();
      if ((await alert.textContent())?.includes('För många inloggningsförsök')) break;
    }
    expect(await alert.textContent()).toContain(
      'För många inloggningsförsök från din dator. Vänta en minut och försök sedan igen.',
    );
    expect(scriptErrors(errors)).toEqual([]);
    await page.close();
  });
});
