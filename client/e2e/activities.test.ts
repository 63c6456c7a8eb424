import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Activity, PeriodDetail, UnitWithCounts } from '@malbild/shared';
import { useHarness } from './support/harness';
import { checkAndCapture, openPage, texts, type ViewportName } from './support/pages';

const harness = useHarness();

const countText = (count: number) => `${count} ${count === 1 ? 'målaktivitet' : 'målaktiviteter'}`;

/** "Namn 12 målaktiviteter" per unit, counted from the rows as the page must count them. */
function expectedGroups(activities: Activity[], units: UnitWithCounts[], only?: string): string[] {
  return units
    .filter((unit) => only === undefined || unit.code === only)
    .map((unit) => ({ unit, count: activities.filter((a) => a.units.includes(unit.code)).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv'))
    .map(({ unit, count }) => `${unit.name} ${countText(count)}`);
}

describe.each<ViewportName>(['desktop', 'phone'])('activities page (%s)', (viewport) => {
  it('lists the latest year per unit with counts from the rows, each linked to its measure', async () => {
    const units = await harness().api<UnitWithCounts[]>('/units');
    const latest = Math.max(...units.flatMap((u) => u.activityCounts.map((c) => c.year)));
    const activities = await harness().api<Activity[]>(`/activities?year=${latest}`);
    const { page, errors } = await openPage(harness().browser, viewport);
    await page.goto(`${harness().baseUrl}/malaktiviteter`);
    await page.locator('.activity').first().waitFor();

    expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe(String(latest));
    expect(
      await page.getByRole('status').filter({ hasText: 'målaktivitet' }).textContent(),
    ).toMatch(new RegExp(`^${activities.length} målaktiviteter hos`));
    expect(await texts(page, '.unit-group h2')).toEqual(expectedGroups(activities, units));
    const links = await page
      .locator('.activity__measure a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.every((href) => /^\/resultatmatt\/\d+$/.test(href ?? ''))).toBe(true);

    await checkAndCapture({ page, errors }, 'activities', viewport);
  });
});

describe('activities filters', () => {
  it('filters by year and unit from the address', async () => {
    const units = await harness().api<UnitWithCounts[]>('/units');
    const activities = await harness().api<Activity[]>('/activities?year=2023&unit=SOU');
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2023&enhet=SOU`);
    await page.locator('.activity').first().waitFor();
    expect(await page.getByLabel('Förvaltning eller bolag').inputValue()).toBe('SOU');
    expect(await texts(page, '.unit-group h2')).toEqual(expectedGroups(activities, units, 'SOU'));
    await page.close();
  });

  it('filters by goal, measure and free text, keeps them in the address and downloads what is shown', async () => {
    const period = await harness().api<PeriodDetail>('/periods/current');
    const goal = period.areas[0]!.goals[1]!;
    const measure = goal.measureNumbers[1]!;
    const all = await harness().api<Activity[]>('/activities?year=2024');
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2024`);
    await page.locator('.activity').first().waitFor();

    await page.getByLabel('Verksamhetsmål').selectOption(String(goal.id));
    await page.waitForURL(new RegExp(`mal=${goal.id}`));
    const measureOptions = page.getByLabel('Resultatmått').locator('option');
    await expect.poll(() => measureOptions.count()).toBe(goal.measureNumbers.length + 1);
    await page.getByLabel('Resultatmått').selectOption(String(measure));
    await page.waitForURL(new RegExp(`matt=${measure}`));
    const ofMeasure = all.filter((a) => a.measureNumber === measure);
    await page
      .getByRole('status')
      .filter({ hasText: `${ofMeasure.length} målaktivitet` })
      .waitFor();

    const word = ofMeasure[0]!.text.split(/\s+/).find((w) => w.length > 5)!;
    await page.getByLabel('Sök i målaktiviteterna').fill(word);
    const matching = ofMeasure.filter((a) =>
      [a.text, a.verksamhet, a.comment, a.unitsRaw, a.countUnit]
        .join(' ')
        .toLocaleLowerCase('sv-SE')
        .includes(word.toLocaleLowerCase('sv-SE')),
    );
    await page
      .getByRole('status')
      .filter({ hasText: `${matching.length} målaktivitet` })
      .waitFor();
    expect(page.url()).toContain(`sok=${encodeURIComponent(word)}`);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Ladda ner som CSV/ }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\ufeffÅr;Resultatmått;')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + matching.length);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes(`matt=${measure}`));
    await page.close();
  });
});
