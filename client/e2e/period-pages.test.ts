import { describe, expect, it } from 'vitest';
import type { Activity, Period } from '@malbild/shared';
import { addUser, openSignedInPage, PASSWORD } from './support/accounts';
import { useHarness } from './support/harness';
import { checkAndCapture, openPage, waitForHydration } from './support/pages';

const harness = useHarness();

// Once 2026–2029 is the current period, 2021–2025's activities, plans and imports are reached
// with ?period= in the address, as its overview, goals and measures already are (decision 009).
describe('activities, plans and imports of a period that is not the current one', () => {
  let archived: Period;

  it('lists the archived period’s activities at /malaktiviteter?period=, its links keeping it', async () => {
    const { db, baseUrl, browser } = harness();
    await addUser(db, 'ada', ['admin']);
    await addUser(db, 'kalle', ['controller']);
    // By name: a retried test finds 2026–2029 already current.
    archived = (await harness().api<Period[]>('/periods')).find((p) => p.name === '2021–2025')!;
    const admin = await browser.newContext();
    await admin.request.post(`${baseUrl}/api/auth/login`, {
      data: { username: 'ada', password: PASSWORD },
    });
    const session = (await (await admin.request.get(`${baseUrl}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const headers = { 'x-csrf-token': session.csrfToken };
    const list = await harness().api<Period[]>('/periods');
    let next = list.find((period) => period.name === '2026–2029');
    if (!next) {
      const created = await admin.request.post(`${baseUrl}/api/periods`, {
        headers,
        data: {
          name: '2026–2029',
          startYear: 2026,
          endYear: 2029,
          vision: 'Nästa period',
          copyFrom: { periodId: archived.id },
        },
      });
      expect(created.status()).toBe(201);
      next = (await created.json()) as Period;
      const activated = await admin.request.patch(`${baseUrl}/api/periods/${next.id}`, {
        headers,
        data: { status: 'active', version: next.version },
      });
      expect(activated.status()).toBe(200);
    }
    await admin.close();
    expect((await harness().api<Period>('/periods/current')).id).toBe(next.id);

    const old = await harness().api<Activity[]>(`/activities?period=${archived.id}&year=2024`);
    expect(old.length).toBeGreaterThan(0);
    for (const viewport of ['desktop', 'phone'] as const) {
      const visitor = await openPage(browser, viewport);
      await visitor.page.goto(`${baseUrl}/malaktiviteter?period=${archived.id}&ar=2024`);
      // Folded in their groups: present, not all shown.
      await visitor.page.locator('.activity').first().waitFor({ state: 'attached' });
      await waitForHydration(visitor.page);
      expect(
        await visitor.page.getByRole('status').filter({ hasText: 'målaktivitet' }).textContent(),
      ).toMatch(new RegExp(`^${old.length} målaktiviteter hos`));
      const measureLinks = await visitor.page
        .locator('.activity__measure a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(measureLinks.every((href) => href?.endsWith(`?period=${archived.id}`))).toBe(true);
      // The header's links and the footer's downloads stay in the archived period too.
      const nav = visitor.page.getByRole('navigation', { name: 'Huvudmeny' });
      expect(await nav.getByRole('link', { name: 'Målaktiviteter' }).getAttribute('href')).toBe(
        `/malaktiviteter?period=${archived.id}`,
      );
      expect(await nav.getByRole('link', { name: 'Översikt' }).getAttribute('href')).toBe(
        `/?period=${archived.id}`,
      );
      const downloads = await visitor.page
        .getByRole('list', { name: 'Öppna data' })
        .locator('a[href^="/api/export/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(downloads.length).toBeGreaterThan(0);
      expect(downloads.every((href) => href?.endsWith(`?period=${archived.id}`))).toBe(true);
      const planLink = visitor.page.getByRole('link', { name: /plan/i }).first();
      expect(await planLink.getAttribute('href')).toBe(`/plan?period=${archived.id}`);
      await checkAndCapture(visitor, 'activities-archived-period', viewport);
    }
    // An archived activity's own address names no period: its way back is to its period's list.
    const activityPage = await openPage(browser, 'desktop');
    await activityPage.page.goto(`${baseUrl}/malaktiviteter/${old[0]!.id}`);
    await activityPage.page.getByRole('heading', { level: 1, name: old[0]!.text }).waitFor();
    await waitForHydration(activityPage.page);
    const trail = activityPage.page.getByRole('navigation', { name: 'Du är här' });
    expect(await trail.getByRole('link', { name: 'Målaktiviteter' }).getAttribute('href')).toBe(
      `/malaktiviteter?ar=2024&period=${archived.id}`,
    );
    await activityPage.page.close();
    // Without the period: the current one, which has no activities yet.
    const current = await openPage(browser, 'desktop');
    await current.page.goto(`${baseUrl}/malaktiviteter`);
    await current.page
      .getByRole('status')
      .filter({ hasText: /^0 målaktiviteter/ })
      .waitFor();
    await current.page.close();
  });

  it('opens the archived period’s plan and imports with ?period=, their files naming it', async () => {
    const { baseUrl, browser } = harness();
    const signedIn = await openSignedInPage(browser, baseUrl, 'desktop', 'kalle');
    const { page } = signedIn;
    const plan = await harness().api<Activity[]>(
      `/activities?period=${archived.id}&year=2024&unit=SOU`,
    );
    await page.goto(`${baseUrl}/plan?period=${archived.id}&ar=2024&enhet=SOU`);
    await page.getByText(plan[0]!.text.slice(0, 40)).first().waitFor();
    await waitForHydration(page);
    const csv = page.locator('a[href*="/api/plans/SOU/2024.csv"]');
    expect(await csv.getAttribute('href')).toBe(`/api/plans/SOU/2024.csv?period=${archived.id}`);

    await page.goto(`${baseUrl}/import?period=${archived.id}`);
    await page.getByText(`Importen gäller målperioden ${archived.name}.`).waitFor();
    await waitForHydration(page);
    const template = page.locator('a[href*="template.csv"]');
    expect(await template.getAttribute('href')).toBe(
      `/api/imports/template.csv?period=${archived.id}`,
    );
    // The entry grid of the archived period: its years, its values, its address kept per year.
    await page.goto(`${baseUrl}/inmatning?period=${archived.id}&ar=2022`);
    await page.getByText(`Målperioden ${archived.name}.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Utfall och målvärden 2022' }).waitFor();
    await waitForHydration(page);
    const years = page.getByRole('navigation', { name: 'Välj år' });
    expect(await years.getByRole('link', { name: '2025' }).getAttribute('href')).toBe(
      `/inmatning?ar=2025&period=${archived.id}`,
    );
    await page.locator('.entry-grid tbody tr').first().waitFor();

    await page.goto(`${baseUrl}/import?period=${archived.id}`);
    await page.getByText(`Importen gäller målperioden ${archived.name}.`).waitFor();
    await checkAndCapture(signedIn, 'import-archived-period', 'desktop');
    await signedIn.context.close();
  });
});
