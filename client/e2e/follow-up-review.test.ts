import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PeriodDetail } from '@malbild/shared';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage } from './support/accounts';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  waitForHydration,
  type ViewportName,
} from './support/pages';

// Done when (issue 15.1–2): a controller writes the 2022 analysis of a measure and a goal's
// judgement, approves and publishes them; the public sees them, a draft stays hidden.

const harness = useHarness();

const ANALYSIS =
  'Andelen ökade jämfört med 2021.\n\n- Fler elever fick stöd\n- Se [rapporten](https://example.se/rapport)\n\n<script>window.hacked = 1</script>[klicka](javascript:window.hacked=2)';
const DRAFT = 'Utkast som inte får synas';
const REASON = 'Två av tre resultatmått når årets målvärde.';
/** Many steps, each waiting for the server, on a machine shared with other work. */
const SLOW = 240_000;

/** Takes a step with its button and waits for the state it leads to. */
async function step(page: Page, scope: string, button: string, state: string) {
  await page.locator(scope).getByRole('button', { name: button, exact: true }).click();
  await page.locator(`${scope} .review-state`, { hasText: state }).first().waitFor();
}

async function writeAnalysis(page: Page, measure: number, text: string) {
  await page.goto(`${harness().baseUrl}/resultatmatt/${measure}`);
  await waitForHydration(page);
  await page.getByLabel('År', { exact: true }).selectOption('2022');
  await page.getByLabel('Uppföljningstillfälle').selectOption('annual');
  await page.getByRole('textbox', { name: 'Analys och kommentar' }).fill(text);
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await page.locator('.analysis-writer .review-state', { hasText: 'Utkast' }).waitFor();
}

describe('analyses and judgements from draft to published', () => {
  it(
    'a controller writes, approves and publishes; the public sees it and not the draft',
    async () => {
      const period = await harness().api<PeriodDetail>('/periods/current');
      const goal = period.areas[0]!.goals[0]!;
      await addUser(harness().db, 'controller-granskning', ['controller'], {
        displayName: 'Kim Controller',
      });
      const signedIn = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        'desktop',
        'controller-granskning',
      );
      const { page } = signedIn;

      await writeAnalysis(page, 3, ANALYSIS);
      await step(page, '.analysis-writer', 'Skicka in', 'Inskickad');
      await step(page, '.analysis-writer', 'Godkänn', 'Godkänd');
      await step(page, '.analysis-writer', 'Publicera', 'Publicerad');
      await checkAndCapture({ page, errors: signedIn.errors }, 'analysis-writer', 'desktop');

      const draftPage = await signedIn.context.newPage();
      await writeAnalysis(draftPage, 4, DRAFT);

      const goalPage = await signedIn.context.newPage();
      await goalPage.goto(`${harness().baseUrl}/mal/${goal.id}?ar=2022`);
      await waitForHydration(goalPage);
      await goalPage.getByLabel('Bedömning', { exact: true }).selectOption('partly_met');
      await goalPage.getByRole('textbox', { name: 'Motivering' }).fill(REASON);
      await goalPage.getByRole('button', { name: 'Spara utkast' }).click();
      await step(goalPage, '.analysis-writer', 'Skicka in', 'Inskickad');

      // The controller's queue: the submitted judgement, approved and published from there.
      const queue = await signedIn.context.newPage();
      await queue.goto(`${harness().baseUrl}/uppfoljning/granskning`);
      const item = queue.locator('.review-queue__item', { hasText: 'Helhetsbedömning 2022' });
      await item.getByText(REASON).waitFor();
      // Its history, read when opened: who did what, from which state to which.
      await waitForHydration(queue);
      await item.getByText('Visa granskningens historik').click();
      const history = item.locator('.review-history__entries li');
      await history.first().waitFor();
      expect(await history.allTextContents()).toEqual([
        expect.stringMatching(/Kim Controller: skickade in \(Utkast → Inskickad\)$/),
        expect.stringMatching(/Kim Controller: ändrade/),
      ]);
      // The report as it will be, drafts marked, for the years of what waits.
      const drafts = queue.getByRole('region', { name: 'Måluppfyllelse med utkast' });
      await drafts.getByRole('heading', { name: 'Måluppfyllelse 2022 med utkast' }).waitFor();
      expect(
        await drafts.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual([
        '/api/reports/goal-fulfilment/2022.pdf?drafts=true',
        '/api/reports/goal-fulfilment/2022.docx?drafts=true',
      ]);
      expect(await axeViolations(queue)).toEqual([]);
      await screenshot(queue, 'review-queue-drafts', 'desktop');
      await item.getByRole('button', { name: 'Godkänn', exact: true }).click();
      await item.getByRole('button', { name: 'Publicera', exact: true }).click();
      await queue.getByText('Inget väntar på granskning.').waitFor();
      await checkAndCapture({ page: queue, errors: signedIn.errors }, 'review-queue', 'desktop');
      await signedIn.context.close();
    },
    SLOW,
  );

  it.each<ViewportName>(['desktop', 'phone'])(
    'shows the public the published analysis and judgement, not the draft (%s)',
    async (viewport) => {
      const period = await harness().api<PeriodDetail>('/periods/current');
      const goal = period.areas[0]!.goals[0]!;
      {
        const measure = await openPage(harness().browser, viewport);
        await measure.page.goto(`${harness().baseUrl}/resultatmatt/3`);
        const analysis = measure.page.locator('.analysis', { hasText: 'Helår 2022' });
        await analysis.getByText('Andelen ökade jämfört med 2021.').waitFor();
        expect(await analysis.locator('li').allTextContents()).toEqual([
          'Fler elever fick stöd',
          'Se rapporten',
        ]);
        expect(
          await analysis.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
        ).toEqual(['https://example.se/rapport']);
        expect(await analysis.locator('script').count()).toBe(0);
        expect(
          await measure.page.evaluate(() => (window as { hacked?: number }).hacked),
        ).toBeUndefined();
        await checkAndCapture(measure, 'analysis-public', viewport);

        const draft = await openPage(harness().browser, viewport);
        await draft.page.goto(`${harness().baseUrl}/resultatmatt/4`);
        await draft.page.getByText('Ingen analys är publicerad för resultatmåttet ännu.').waitFor();
        expect(await draft.page.getByText(DRAFT).count()).toBe(0);
        await draft.page.close();

        const goalView = await openPage(harness().browser, viewport);
        await goalView.page.goto(`${harness().baseUrl}/mal/${goal.id}?ar=2022`);
        const judgement = goalView.page.locator('.judgement');
        await judgement.getByText(REASON).waitFor();
        expect(await judgement.locator('.judgement__level').textContent()).toBe(
          'Bedömning: Delvis uppfyllt',
        );
        await checkAndCapture(goalView, 'judgement-goal', viewport);

        const start = await openPage(harness().browser, viewport);
        await start.page.goto(`${harness().baseUrl}/?ar=2022`);
        await start.page
          .locator('.judgement-card', { hasText: goal.name })
          .getByText(REASON)
          .waitFor();
        await checkAndCapture(start, 'judgement-start', viewport);
      }
    },
    SLOW,
  );
});
