import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityDetail, PeriodDetail, UnitWithCounts } from '@malbild/shared';
import { createRepositories } from '../../server/src/db/repositories';
import { paths } from '../src/lib/paths';
import { addUser, publishUnitReview } from './support/accounts';
import { useHarness } from './support/harness';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  texts,
  VIEWPORTS,
  waitForHydration,
  type ViewportName,
} from './support/pages';

const harness = useHarness();

const countText = (count: number) => `${count} ${count === 1 ? 'målaktivitet' : 'målaktiviteter'}`;

/** "Mål 12 målaktiviteter" per goal of the period, counted from the rows as the page must count them. */
function expectedGoalGroups(activities: Activity[], period: PeriodDetail): string[] {
  return period.areas
    .flatMap((area) => area.goals)
    .map((goal) => ({
      goal,
      count: activities.filter((a) => goal.measureNumbers.includes(a.measureNumber)).length,
    }))
    .filter(({ count }) => count > 0)
    .map(({ goal, count }) => `${goal.name} ${countText(count)}`);
}

describe.each<ViewportName>(['desktop', 'phone'])('activities page (%s)', (viewport) => {
  it('folds the latest year into goal groups with counts from the rows, each activity linked to its page', async () => {
    const units = await harness().api<UnitWithCounts[]>('/units');
    const period = await harness().api<PeriodDetail>('/periods/current');
    const latest = Math.max(...units.flatMap((u) => u.activityCounts.map((c) => c.year)));
    const activities = await harness().api<Activity[]>(`/activities?year=${latest}`);
    const { page, errors } = await openPage(harness().browser, viewport);
    await page.goto(`${harness().baseUrl}/malaktiviteter`);
    await page.locator('.activity-group').first().waitFor();

    expect(await page.getByLabel('År', { exact: true }).inputValue()).toBe(String(latest));
    expect(
      await page.getByRole('status').filter({ hasText: 'målaktivitet' }).textContent(),
    ).toMatch(new RegExp(`^${activities.length} målaktiviteter hos`));
    expect(await texts(page, '.activity-group summary h3')).toEqual(
      expectedGoalGroups(activities, period),
    );
    // Folded: the page is the index of its groups until one is opened.
    expect(await page.locator('.activity-group[open]').count()).toBe(0);
    expect(await page.locator('.activity').first().isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'activities', viewport);

    const first = page.locator('.activity-group').first();
    await first.locator('summary').click();
    await first.locator('.activity').first().waitFor();
    const links = await first
      .locator('.activity__text a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => /^\/malaktiviteter\/\d+$/.test(href ?? ''))).toBe(true);
    const measureLinks = await first
      .locator('.activity__measure a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(measureLinks.every((href) => /^\/resultatmatt\/\d+$/.test(href ?? ''))).toBe(true);
    await checkAndCapture({ page, errors }, 'activities-open-group', viewport);
  });
});

describe('activities filters', () => {
  it('groups by unit from the address, showing an activity several units share once', async () => {
    const activities = await harness().api<Activity[]>('/activities?year=2023&unit=SOU');
    const units = await harness().api<UnitWithCounts[]>('/units');
    const sou = units.find((u) => u.code === 'SOU')!;
    const own = activities.filter((a) => a.units.length === 1);
    const shared = activities.filter((a) => a.units.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2023&enhet=SOU&grupp=unit`);
    await page.locator('.activity-group').first().waitFor();
    expect(await page.getByLabel('Förvaltning eller bolag').inputValue()).toBe('SOU');
    expect(await page.getByLabel('Gruppera efter').inputValue()).toBe('unit');
    expect(await texts(page, '.activity-group summary h2')).toEqual([
      `${sou.name} ${countText(own.length)}`,
      `Flera förvaltningar och bolag tillsammans ${countText(shared.length)}`,
    ]);

    const sharedGroup = page.locator('.activity-group').nth(1);
    await sharedGroup.locator('summary').click();
    await sharedGroup.locator('.activity').first().waitFor();
    const listed = await texts(sharedGroup, '.activity__text');
    expect(listed).toEqual(shared.slice(0, 10).map((a) => a.text));
    await page.close();
  });

  it('shows more of a large group on request, moving the focus to the first new activity', async () => {
    const activities = await harness().api<Activity[]>('/activities?year=2024&unit=KSF');
    const own = activities.filter((a) => a.units.length === 1);
    expect(own.length).toBeGreaterThan(10);
    const { page, errors } = await openPage(harness().browser, 'phone');
    await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2024&enhet=KSF&grupp=unit`);
    await waitForHydration(page);
    // Marks this document: a page loaded anew by the link would not have it.
    await page.evaluate(() => document.documentElement.setAttribute('data-same-document', ''));
    const group = page.locator('.activity-group').first();
    await group.locator('summary').click();
    await group.getByText(`Visar 10 av ${own.length} målaktiviteter.`).waitFor();
    await group.getByRole('link', { name: `Visa ${Math.min(20, own.length - 10)} till` }).click();
    await expect.poll(() => group.locator('.activity').count()).toBe(Math.min(30, own.length));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(own[10]!.text);
    expect(await page.locator('html[data-same-document]').count()).toBe(1);
    // The address says what is shown, so it can be shared: opened anew, it shows as many.
    const shown = new URL(page.url()).searchParams.getAll('visa');
    expect(shown).toEqual([`unit-ksf.${Math.min(30, own.length)}`]);
    await page.goto(page.url());
    await waitForHydration(page);
    expect(await page.locator('.activity-group').first().locator('.activity').count()).toBe(
      Math.min(30, own.length),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches every activity of the largest groups without JavaScript, through "Visa fler" links the server renders', async () => {
    const activities = await harness().api<Activity[]>('/activities?year=2023');
    const units = await harness().api<UnitWithCounts[]>('/units');
    const sou = units.find((u) => u.code === 'SOU')!;
    const ofSou = activities.filter((a) => a.units.length === 1 && a.units[0] === 'SOU');
    const shared = activities.filter((a) => a.units.length > 1);
    // Both need more than one page of 10; the shared one more than two.
    expect(ofSou.length).toBeGreaterThan(10);
    expect(shared.length).toBeGreaterThan(30);
    for (const viewport of ['desktop', 'phone'] as const) {
      const context = await harness().browser.newContext({
        viewport: VIEWPORTS[viewport],
        locale: 'sv-SE',
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2023&grupp=unit`);
      const groupOf = (title: string, count: number) =>
        page.locator('.activity-group').filter({
          has: page.getByRole('heading', { name: `${title} ${countText(count)}` }),
        });
      const souGroup = groupOf(sou.name, ofSou.length);
      const sharedGroup = groupOf('Flera förvaltningar och bolag tillsammans', shared.length);
      // Folded, and opened by its summary: a native <details>, no script needed.
      expect(await souGroup.getAttribute('open')).toBeNull();
      expect(await souGroup.locator('.activity').first().isVisible()).toBe(false);
      await souGroup.locator('summary').click();
      expect(await souGroup.locator('.activity').first().isVisible()).toBe(true);

      /** Follows the group's "Visa N till" until it has none; each is a new page from the server. */
      const followAll = async (group: typeof souGroup, expected: Activity[]) => {
        if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
        let pages = 0;
        for (;;) {
          const more = group.getByRole('link', { name: /^Visa \d+ till/ });
          if ((await more.count()) === 0) break;
          const shown = await group.locator('.activity').count();
          const before = page.url();
          await more.click();
          await page.waitForURL((url) => url.href !== before);
          await group.locator('.activity').nth(shown).waitFor();
          pages += 1;
          // The group is open and the address at its first new activity.
          expect(await group.getAttribute('open')).toBe('');
          expect(new URL(page.url()).hash).toBe(`#aktivitet-${expected[shown]!.id}`);
        }
        expect(pages).toBe(Math.ceil((expected.length - 10) / 20));
        expect(await texts(group, '.activity__text')).toEqual(expected.map((a) => a.text));
      };
      await followAll(souGroup, ofSou);
      await followAll(sharedGroup, shared);
      // Each link kept what the others show: SOU's are still all there.
      expect(await souGroup.locator('.activity').count()).toBe(ofSou.length);
      expect(new URL(page.url()).searchParams.getAll('visa')).toEqual([
        `unit-sou.${ofSou.length}`,
        `shared.${shared.length}`,
      ]);
      await screenshot(page, 'activities-nojs-all-shown', viewport);
      const address = page.url();

      // The filters are a plain form too: submitted, the server renders the filtered list.
      await page.getByLabel('Förvaltning eller bolag').selectOption('SOU');
      await page.getByRole('button', { name: 'Visa målaktiviteterna' }).click();
      await page.waitForURL(/enhet=SOU/);
      const search = new URL(page.url()).searchParams;
      expect([search.get('ar'), search.get('grupp'), search.getAll('visa')]).toEqual([
        '2023',
        'unit',
        [],
      ]);
      await page
        .getByRole('status')
        .filter({
          hasText: `${ofSou.length + shared.filter((a) => a.units.includes('SOU')).length} målaktiviteter hos`,
        })
        .waitFor();
      await context.close();

      // The same address with JavaScript: hydrated without a mismatch, showing as many.
      const hydrated = await openPage(harness().browser, viewport);
      await hydrated.page.goto(address);
      await waitForHydration(hydrated.page);
      for (const [title, expected] of [
        [sou.name, ofSou],
        ['Flera förvaltningar och bolag tillsammans', shared],
      ] as const) {
        const group = hydrated.page.locator('.activity-group').filter({
          has: hydrated.page.getByRole('heading', {
            name: `${title} ${countText(expected.length)}`,
          }),
        });
        expect(await texts(group, '.activity__text')).toEqual(expected.map((a) => a.text));
      }
      await checkAndCapture(hydrated, 'activities-all-shown', viewport);
    }
    // Eight pages from the server and two hydrated ones: more than the default minute when busy.
  }, 180_000);

  it('filters by follow-up status from the address', async () => {
    const [activity] = await harness().api<Activity[]>('/activities?year=2024&unit=SOU');
    const plans = createRepositories(harness().db).activityPlan;
    const controller = await addUser(harness().db, 'status-controller', ['controller']);
    plans.followUp(
      activity!.id,
      { status: 'done', comment: 'Klart i juni', date: '2024-06-30', version: activity!.version },
      controller,
    );
    publishUnitReview(harness().db, { unit: 'SOU', year: 2024, kind: 'follow_up' }, controller);
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2024&status=done`);
    await page.getByRole('status').filter({ hasText: '1 målaktivitet hos' }).waitFor();
    expect(await page.getByLabel('Uppföljningsstatus').inputValue()).toBe('done');
    // A single match opens its group.
    expect(await texts(page, '.activity-group[open] .activity__text')).toEqual([activity!.text]);

    // A choice before React hydrates the server's list would be lost.
    await waitForHydration(page);
    await page.getByLabel('Uppföljningsstatus').selectOption('not_done');
    await page.getByText('Inga målaktiviteter matchar filtret.').waitFor();
    expect(page.url()).toContain('status=not_done');
    await page.close();
  });

  it('filters by goal, measure and free text, keeps them in the address and downloads what is shown', async () => {
    const period = await harness().api<PeriodDetail>('/periods/current');
    const goal = period.areas[0]!.goals[1]!;
    const measure = goal.measureNumbers[1]!;
    const all = await harness().api<Activity[]>('/activities?year=2024');
    const { page } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/malaktiviteter?ar=2024`);
    await page.locator('.activity-group').first().waitFor();
    await waitForHydration(page);

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

describe.each<ViewportName>(['desktop', 'phone'])('an activity’s page (%s)', (viewport) => {
  it('shows a shared activity with all its units, its measure and goal and every follow-up', async () => {
    const activities = await harness().api<Activity[]>('/activities?year=2024');
    const shared = activities.find((a) => a.units.length === 3)!;
    const detail = await harness().api<ActivityDetail>(`/activities/${shared.id}`);
    const units = await harness().api<UnitWithCounts[]>('/units');
    const controller = await addUser(harness().db, 'page-controller', ['controller']);
    const plans = createRepositories(harness().db).activityPlan;
    // Both viewports see both reports: the second run reports on the version the first left.
    if (detail.followUps.length === 0) {
      const started = plans.followUp(
        shared.id,
        { status: 'in_progress', comment: 'Påbörjad', date: '2024-06-30', version: shared.version },
        controller,
      );
      plans.followUp(
        shared.id,
        { status: 'done', comment: 'Genomförd', date: '2024-12-31', version: started.version },
        controller,
      );
      const [unit] = shared.units;
      publishUnitReview(harness().db, { unit: unit!, year: 2024, kind: 'follow_up' }, controller);
    }

    const { page, errors } = await openPage(harness().browser, viewport);
    await page.goto(
      `${harness().baseUrl}${paths.activities({ year: 2024, measure: shared.measureNumber })}`,
    );
    await page.getByRole('link', { name: shared.text }).click();
    await page.getByRole('heading', { level: 1, name: shared.text }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/malaktiviteter/${shared.id}`);
    expect(await page.title()).toContain(`Målaktivitet 2024, resultatmått ${shared.measureNumber}`);
    expect(await texts(page, '.activity-details__units a')).toEqual(
      shared.units.map((code) => `${units.find((u) => u.code === code)!.name} (${code})`),
    );
    expect(await page.getByRole('link', { name: detail.goal.name }).getAttribute('href')).toBe(
      `/mal/${detail.goal.id}?ar=2024`,
    );
    await page.locator('.follow-up-list li').nth(1).waitFor();
    expect(await texts(page, '.follow-up-list__head')).toEqual([
      '31 december 2024 Genomförd',
      '30 juni 2024 Pågår',
    ]);
    await checkAndCapture({ page, errors }, 'activity', viewport);
  });
});
