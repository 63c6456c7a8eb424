import { describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage } from './support/accounts';
import { checkAndCapture, openPage, waitForHydration, type ViewportName } from './support/pages';

const harness = useHarness();
const VIEWPORTS: ViewportName[] = ['desktop', 'phone'];
/** A day next year: "Nästa uppföljning" shows only dates still to come. */
const NEXT_YEAR = new Date().getFullYear() + 1;

describe('deadlines, "Ej uppföljd" and what is missing', () => {
  it.each(VIEWPORTS)(
    'lets a controller date the helår follow-up, after which unfollowed activities are "Ej uppföljd" (%s)',
    async (viewport) => {
      await addUser(harness().db, `kontroller-${viewport}`, ['controller']);
      const opened = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        viewport,
        `kontroller-${viewport}`,
      );
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/admin/kalender`);
      await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
      await waitForHydration(page);
      const year = page.getByRole('region', { name: 'År 2023' });
      const row = year.getByRole('row', { name: /Helår: uppföljning av målaktiviteter/ });
      if (viewport === 'desktop') {
        await row.getByText('Inget datum satt').waitFor();
        await row.getByRole('button', { name: /Ändra datum/ }).click();
        const field = page.getByLabel('Helår: uppföljning av målaktiviteter 2023, senast');
        // The form's field has the focus, so the keyboard goes straight on.
        await expect.poll(() => field.evaluate((e) => e === document.activeElement)).toBe(true);
        await field.fill('2024-01-31');
        await page.getByRole('button', { name: 'Spara datum' }).click();
        await row.getByText('31 januari 2024').waitFor();
        await page.getByText('Sparat: Helår: uppföljning av målaktiviteter 2023.').waitFor();

        const y2025 = page.getByRole('region', { name: 'År 2025' });
        await y2025
          .getByRole('row', { name: /Helår: utfall/ })
          .getByRole('button')
          .click();
        await page.getByLabel('Helår: utfall 2025, senast').fill(`${NEXT_YEAR}-02-15`);
        await page.getByRole('button', { name: 'Spara datum' }).click();
        await y2025.getByText(`15 februari ${NEXT_YEAR}`).waitFor();
      } else {
        await row.getByText('31 januari 2024').waitFor();
      }
      await checkAndCapture(opened, 'deadlines-calendar', viewport);

      const missing = await opened.context.newPage();
      await missing.goto(`${harness().baseUrl}/admin/vad-saknas?ar=2023`);
      await missing.getByRole('heading', { level: 1, name: 'Vad saknas' }).waitFor();
      await missing
        .getByRole('heading', { name: /Uppföljning av målaktiviteter \d+ st/ })
        .waitFor();
      await missing.getByText('Försenat').first().waitFor();
      await waitForHydration(missing);
      await missing.getByLabel('Gruppera').selectOption('unit');
      await missing
        .getByRole('heading', { name: /Social- och utbildningsförvaltningen/ })
        .waitFor();
      await checkAndCapture(
        { page: missing, errors: opened.errors },
        'deadlines-missing',
        viewport,
      );

      const reminders = await opened.context.newPage();
      await reminders.goto(`${harness().baseUrl}/paminnelser`);
      await reminders.getByRole('heading', { level: 1, name: 'Påminnelser' }).waitFor();
      await reminders.getByText('Du har inga påminnelser.').waitFor();
      await waitForHydration(reminders);
      await checkAndCapture(
        { page: reminders, errors: opened.errors },
        'deadlines-reminders',
        viewport,
      );
      await opened.context.close();
    },
  );

  it('shows the public "Ej uppföljd" and "Nästa uppföljning"', async () => {
    const activities = await harness().api<Activity[]>('/activities?year=2023');
    // Those the årsredovisning reports on are followed up; the rest are "Ej uppföljd".
    expect(activities.map((a) => a.displayStatus)).toEqual(
      activities.map((a) => a.followUp?.status ?? 'not_followed_up'),
    );

    const opened = await openPage(harness().browser, 'desktop');
    await opened.page.goto(`${harness().baseUrl}/malaktiviteter?ar=2023&status=not_followed_up`);
    // In folded groups: present, and each group says how many it holds.
    await opened.page.getByText('Ej uppföljd').first().waitFor({ state: 'attached' });
    await checkAndCapture(opened, 'deadlines-activities', 'desktop');

    const start = await openPage(harness().browser, 'phone');
    await start.page.goto(harness().baseUrl);
    await start.page.getByText(`Nästa uppföljning 15 februari ${NEXT_YEAR} (helår 2025)`).waitFor();
    await start.page
      .getByText(/Senast uppdaterad/)
      .first()
      .waitFor();
    await checkAndCapture(start, 'deadlines-start', 'phone');
  });
});
