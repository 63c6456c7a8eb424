import { describe, expect, it } from 'vitest';
import { addUser, openSignedInPage, PASSWORD, scriptErrors } from './support/accounts';
import { useHarness } from './support/harness';
import { checkAndCapture, type ViewportName } from './support/pages';

const harness = useHarness();

async function openAdmin(viewport: ViewportName = 'desktop') {
  const opened = await openSignedInPage(harness().browser, harness().baseUrl, viewport, 'admin');
  await opened.page.goto(`${harness().baseUrl}/admin/anvandare`);
  await opened.page.getByRole('table', { name: 'Alla användare' }).waitFor();
  return opened;
}

describe('user administration', () => {
  it('adds a user, who can then sign in, changes and disables them', async () => {
    await addUser(harness().db, 'admin', ['admin'], { displayName: 'Ada Admin' });
    const { context, page, errors } = await openAdmin();
    const form = page.locator('form').filter({ has: page.getByLabel('Lösenord', { exact: true }) });

    // The form's own check names every missing field beside it.
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    expect(await form.locator('.form-field__error').allTextContents()).toEqual([
      expect.stringContaining('Användarnamnet får bara'),
      expect.stringContaining('Fyll i namn'),
      expect.stringContaining('Lösenordet måste ha minst 12 tecken'),
      expect.stringContaining('Välj minst en roll'),
    ]);

    await form.getByLabel('Användarnamn').fill('bo.berg');
    await form.getByLabel('Namn', { exact: true }).fill('Bo Berg');
    await form.getByLabel('Lösenord', { exact: true }).fill(PASSWORD);
    await form.getByRole('checkbox', { name: 'Controller' }).check();
    await form.getByRole('checkbox', { name: /^SOU / }).check();
    await form.getByRole('button', { name: 'Lägg till användaren' }).click();
    await page.getByRole('status').filter({ hasText: 'Användaren bo.berg är tillagd.' }).waitFor();
    const row = page.getByRole('row', { name: /bo\.berg/ });
    expect(await row.textContent()).toContain('Controller');
    expect(await row.textContent()).toContain('SOU');

    const newcomer = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'bo.berg',
    );
    await newcomer.context.close();

    // A second role, then disabling: each a new version.
    await row.getByRole('button', { name: 'Ändra användaren bo.berg' }).click();
    const editor = page.getByRole('region', { name: 'Ändra användaren bo.berg' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Ändra användaren bo.berg',
    );
    await editor.getByRole('checkbox', { name: 'Redaktör för förvaltning/bolag' }).check();
    await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Ändringarna för bo.berg är sparade.' })
      .waitFor();
    expect(await row.textContent()).toContain('Redaktör för förvaltning/bolag');

    await row.getByRole('button', { name: 'Spärra användaren bo.berg' }).click();
    await page.getByRole('status').filter({ hasText: 'bo.berg är spärrad' }).waitFor();
    expect(await row.textContent()).toContain('Spärrad');
    const refused = await fetch(`${harness().baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'bo.berg', password: PASSWORD }),
    });
    expect(refused.status).toBe(401);

    await page.getByRole('link', { name: 'Granskningslogg' }).click();
    const log = page.getByRole('table', { name: /De senaste \d+ händelserna/ });
    await log.waitFor();
    const entries = await log.locator('tbody tr').allTextContents();
    expect(entries.some((e) => e.includes('Användare tillagd') && e.includes('bo.berg'))).toBe(
      true,
    );
    expect(
      entries.some((e) => e.includes('Användare ändrad') && e.includes('disabled: true')),
    ).toBe(true);
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('shows a conflict when another admin changed the user, and re-applies the change', async () => {
    const { context, page, errors } = await openAdmin();
    const row = page.getByRole('row', { name: /bo\.berg/ });
    await row.getByRole('button', { name: 'Ändra användaren bo.berg' }).click();
    const editor = page.getByRole('region', { name: 'Ändra användaren bo.berg' });
    // Meanwhile, another admin renames the user.
    const other = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'admin');
    const session = (await (
      await other.context.request.get(`${harness().baseUrl}/api/auth/session`)
    ).json()) as {
      csrfToken: string;
    };
    const users = (await (
      await other.context.request.get(`${harness().baseUrl}/api/users`)
    ).json()) as {
      id: number;
      username: string;
      version: number;
    }[];
    const bo = users.find((u) => u.username === 'bo.berg')!;
    const renamed = await other.context.request.patch(`${harness().baseUrl}/api/users/${bo.id}`, {
      data: { displayName: 'Bo Bergström', version: bo.version },
      headers: { 'X-CSRF-Token': session.csrfToken },
    });
    expect(renamed.status()).toBe(200);
    await other.context.close();

    await editor.getByRole('checkbox', { name: /^KSF / }).check();
    await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
    await editor.getByText('Någon annan har ändrat användaren').waitFor();
    expect(await editor.textContent()).toContain('Nu sparat: Bo Bergström');
    await editor
      .getByRole('button', { name: 'Lägg mina ändringar ovanpå den nya versionen' })
      .click();
    expect(await editor.getByLabel('Namn', { exact: true }).inputValue()).toBe('Bo Bergström');
    await editor.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Ändringarna för bo.berg är sparade.' })
      .waitFor();
    expect(await row.textContent()).toContain('Bo Bergström');
    expect(await row.textContent()).toContain('KSF, SOU');
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it.each<ViewportName>(['desktop', 'phone'])(
    'has no accessibility violations on the user and audit pages (%s)',
    async (viewport) => {
      const opened = await openAdmin(viewport);
      await opened.page
        .getByRole('row', { name: /bo\.berg/ })
        .getByRole('button', { name: 'Ändra användaren bo.berg' })
        .click();
      await checkAndCapture({ page: opened.page, errors: opened.errors }, 'admin-users', viewport);
      const audit = await openSignedInPage(harness().browser, harness().baseUrl, viewport, 'admin');
      await audit.page.goto(`${harness().baseUrl}/admin/logg`);
      await audit.page.getByRole('table').waitFor();
      await checkAndCapture(audit, 'admin-audit', viewport);
      await opened.context.close();
      await audit.context.close();
    },
  );
});
