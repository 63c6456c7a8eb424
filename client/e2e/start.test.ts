import { describe, expect, it } from 'vitest';
import {
  PERIOD_STATUS_LABELS,
  periodStatusKey,
  STATE_LABELS,
  type Overview,
  type PeriodDetail,
} from '@malbild/shared';
import { formatValue } from '../src/lib/format';
import { useHarness } from './support/harness';
import {
  checkAndCapture,
  openPage,
  texts,
  waitForHydration,
  type ViewportName,
} from './support/pages';

const harness = useHarness();

describe.each<ViewportName>(['desktop', 'phone'])('start page (%s)', (viewport) => {
  it('shows the vision, every area and goal, and each measure as the API gives it', async () => {
    const period = await harness().api<PeriodDetail>('/periods/current');
    const overview = await harness().api<Overview>('/overview');
    const { page, errors } = await openPage(harness().browser, viewport);
    await page.goto(`${harness().baseUrl}/`);
    await page.locator('.measure-row').first().waitFor();

    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('.vision__text').textContent()).toBe(period.vision);
    expect(await texts(page, 'h2.area__title')).toEqual(
      overview.areas.map((area) => `Målområde ${area.name}`),
    );
    expect(await texts(page, '.goal-card__title')).toEqual(
      overview.areas.flatMap((area) => area.goals.map((goal) => goal.name)),
    );
    const measures = overview.areas.flatMap((a) => a.goals.flatMap((g) => g.measures));
    expect(measures).toHaveLength(17);
    for (const measure of measures) {
      const row = page.locator('.measure-row', {
        has: page.locator(`a[href="/resultatmatt/${measure.number}"]`),
      });
      expect(await row.getByTestId(`outcome-${measure.number}`).textContent()).toBe(
        formatValue(measure.outcome, measure),
      );
      expect(await row.getByTestId(`target-${measure.number}`).textContent()).toBe(
        formatValue(measure.target, measure),
      );
      // Two answers per measure, each under its own question.
      expect(await row.getByTestId(`state-${measure.number}`).textContent()).toContain(
        STATE_LABELS[measure.state],
      );
      expect(await row.getByTestId(`period-status-${measure.number}`).textContent()).toContain(
        PERIOD_STATUS_LABELS[periodStatusKey(measure.periodStatus)],
      );
    }
    // Measure 17 moved the wrong way since the baseline, though better than the year before.
    const seventeen = page.locator('.measure-row', {
      has: page.locator('a[href="/resultatmatt/17"]'),
    });
    expect(await seventeen.getByTestId('state-17').textContent()).toBe(
      'Ej uppnått – bättre än året före (preliminärt)',
    );
    expect(await seventeen.getByTestId('period-status-17').textContent()).toBe(
      'Åt fel håll (preliminärt)',
    );
    expect(await seventeen.locator('.direction-note').textContent()).toBe('Lägre är bättre');
    // Why measure 3 shows Saknas in 2022.
    expect(await page.getByTestId('state-3').textContent()).toBe(
      'SaknasUtfallet är inte publicerat ännu.',
    );
    // Counts say "not met" in full: none reads as 0 not met when three are not met.
    const sustainable = page.locator('.goal-card', { hasText: 'En hållbar kommun' });
    expect(await texts(sustainable, '.state-counts__list li')).toEqual(
      expect.arrayContaining([
        '3 ej uppnått, men bättre än året före',
        '0 ej uppnått och inte bättre än året före',
        '2 åt fel håll',
      ]),
    );
    expect(await page.locator('.overview-summary .updated-at').textContent()).toBe(
      'Senast uppdaterad 14 december 2022',
    );
    const yearLink = page
      .getByRole('navigation', { name: 'Välj år' })
      .getByRole('link', { name: String(overview.year) });
    expect(await yearLink.getAttribute('aria-current')).toBe('true');

    await checkAndCapture({ page, errors }, 'start', viewport);
  });
});

describe('start page year', () => {
  it('follows the year in the address, and back returns to the previous year', async () => {
    const overview = await harness().api<Overview>('/overview');
    const [earlier] = overview.availableYears;
    expect(earlier).toBeDefined();
    const older = await harness().api<Overview>(`/overview?year=${earlier}`);
    const firstMeasure = older.areas[0]!.goals[0]!.measures[0]!;
    const { page, errors } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/`);
    await page.locator('.measure-row').first().waitFor();

    await page.getByRole('link', { name: String(earlier), exact: true }).click();
    await page.waitForURL(`**/?ar=${earlier}`);
    await page.getByRole('heading', { name: `Så går det för resultatmåtten ${earlier}` }).waitFor();
    expect(await page.getByTestId(`outcome-${firstMeasure.number}`).textContent()).toBe(
      formatValue(firstMeasure.outcome, firstMeasure),
    );

    await page.goBack();
    await page
      .getByRole('heading', { name: `Så går det för resultatmåtten ${overview.year}` })
      .waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows an error with a way to retry instead of a blank page when the API fails', async () => {
    const { page } = await openPage(harness().browser, 'desktop');
    // The page arrives with its figures (server-rendered): the read that fails is the browser's
    // own, for another year.
    await page.goto(`${harness().baseUrl}/`);
    await waitForHydration(page);
    await page.route('**/api/overview*', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: '{"message":"x"}' }),
    );
    await page.getByRole('link', { name: '2021', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain(
      'Det gick inte att hämta läget för resultatmåtten.',
    );
    expect(await page.getByRole('button', { name: 'Försök igen' }).isVisible()).toBe(true);
    expect(await page.locator('.vision__text').isVisible()).toBe(true);
    await page.close();
  });
});
