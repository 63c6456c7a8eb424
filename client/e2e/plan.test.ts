import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage, scriptErrors, readAs } from './support/accounts';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  texts,
  type ViewportName,
} from './support/pages';

const harness = useHarness();

const planUrl = (year: number, unit: string) =>
  `${harness().baseUrl}/plan?ar=${year}&enhet=${unit}`;

/** The dialog's form is open and named; returns the dialog. */
async function openDialog(page: Page, button: string | RegExp, title: string) {
  await page.getByRole('button', { name: button, exact: typeof button === 'string' }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

async function statusMessage(page: Page, text: string | RegExp) {
  await page.getByRole('status').filter({ hasText: text }).waitFor();
}

describe('a unit editor keeps the plan för målaktiviteter', () => {
  it(
    'copies last year forward, edits one activity, marks another done; the public page shows it',
    async () => {
      await addUser(harness().db, 'sara', ['unit_editor'], { units: ['SOU'] });
      const last = await harness().api<Activity[]>('/activities?year=2024&unit=SOU');
      const { context, page, errors } = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        'desktop',
        'sara',
      );
      await page.goto(planUrl(2025, 'SOU'));
      await page.getByRole('heading', { level: 1, name: /Plan för målaktiviteter 2025/ }).waitFor();

      // An empty year opens the copy panel: choose all, leave the last one behind.
      const copy = page.getByRole('region', { name: 'Kopiera målaktiviteter från 2024 till 2025' });
      await copy.getByRole('checkbox', { name: 'Välj alla' }).check();
      await copy
        .getByRole('button', { name: `Kopiera ${last.length} målaktiviteter till 2025` })
        .waitFor();
      await copy.getByRole('checkbox', { name: last.at(-1)!.text, exact: true }).uncheck();
      expect(
        await copy
          .getByRole('checkbox', { name: 'Välj alla' })
          .evaluate((box) => (box as HTMLInputElement).indeterminate),
      ).toBe(true);
      await screenshot(page, 'plan-copy', 'desktop');
      await copy
        .getByRole('button', { name: `Kopiera ${last.length - 1} målaktiviteter till 2025` })
        .click();
      await statusMessage(page, `${last.length - 1} målaktiviteter kopierades till 2025`);
      await expect.poll(() => page.locator('.plan-table tbody tr').count()).toBe(last.length - 1);
      expect(await copy.count()).toBe(0);

      // Edit the first activity: a bad antal is refused beside the field, then fixed.
      const first = last[0]!;
      const edit = await openDialog(
        page,
        `Ändra rad 1 under resultatmått ${first.measureNumber}`,
        'Ändra målaktivitet',
      );
      await edit
        .getByLabel('Aktivitet', { exact: true })
        .fill('Lovskola på sport-, påsk- och höstlovet');
      await edit.getByLabel('Antal', { exact: true }).fill('många');
      await edit.getByRole('button', { name: 'Spara' }).click();
      const antal = edit.getByLabel('Antal', { exact: true });
      expect(await antal.getAttribute('aria-invalid')).toBe('true');
      expect(await edit.locator('#activity-antal-error').textContent()).toContain(
        'Skriv antal som ett tal (15), ett intervall (50-75) eller ett decimaltal (2,4)',
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('activity-antal');
      await antal.fill('50-75');
      await checkDialog(page, 'plan-edit', 'desktop');
      await edit.getByRole('button', { name: 'Spara' }).click();
      await statusMessage(page, 'Målaktiviteten sparades.');
      const firstRow = page.locator('.plan-table').first().locator('tbody tr').first();
      // The form closes at once and the plan is read again behind it (see update-activity.ts).
      await firstRow.getByText('Lovskola på sport-, påsk- och höstlovet').waitFor();
      expect(await firstRow.textContent()).toContain('50-75');

      // Mark the second one done, with a dated comment.
      const second = last[1]!;
      const row = last.filter((a) => a.measureNumber === second.measureNumber).indexOf(second) + 1;
      const followUp = await openDialog(
        page,
        `Följ upp rad ${row} under resultatmått ${second.measureNumber}`,
        'Följ upp målaktivitet',
      );
      await followUp.getByRole('radio', { name: 'Genomförd', exact: true }).check();
      await followUp.getByLabel('Kommentar').fill('Genomförd under våren');
      await followUp.getByLabel('Datum').fill('2025-05-31');
      await followUp.getByRole('button', { name: 'Spara uppföljningen' }).click();
      await statusMessage(page, 'Uppföljningen sparades.');
      const secondRow = page.locator('.plan-table').first().locator('tbody tr').nth(1);
      // The row shows the follow-up once the plan has been read again, which may come after the
      // status message on a busy machine.
      await secondRow.getByText('Uppföljd 31 maj 2025').waitFor();
      expect(await secondRow.textContent()).toContain('Genomförd');
      expect(await secondRow.textContent()).toContain(
        'Uppföljd 31 maj 2025: Genomförd under våren',
      );

      // The editor submits the plan; a controller approves and publishes it (decision 017).
      const review = page.getByRole('region', { name: 'Planens granskning' });
      await review.locator('.review-state', { hasText: 'Utkast' }).waitFor();
      await review.getByRole('button', { name: 'Skicka in' }).click();
      await review.locator('.review-state', { hasText: 'Inskickad' }).waitFor();
      expect(await review.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
      await checkAndCapture({ page, errors: scriptErrors(errors) }, 'plan-edited', 'desktop');

      await addUser(harness().db, 'kent', ['controller']);
      const reviewer = await openSignedInPage(
        harness().browser,
        harness().baseUrl,
        'desktop',
        'kent',
      );
      /** A controller approves and publishes what the editor submitted; returns the page. */
      const publish = async (url: string, region: string) => {
        const reviewerPage = await reviewer.context.newPage();
        await reviewerPage.goto(url);
        const reviewed = reviewerPage.getByRole('region', { name: region });
        await reviewed.locator('.review-state', { hasText: 'Inskickad' }).waitFor();
        await reviewed.getByRole('button', { name: 'Godkänn' }).click();
        await reviewed.locator('.review-state', { hasText: 'Godkänd' }).waitFor();
        await reviewed.getByRole('button', { name: 'Publicera' }).click();
        await reviewed.locator('.review-state', { hasText: 'Publicerad' }).waitFor();
        return reviewerPage;
      };
      await checkAndCapture(
        {
          page: await publish(planUrl(2025, 'SOU'), 'Planens granskning'),
          errors: scriptErrors(reviewer.errors),
        },
        'plan-review-published',
        'desktop',
      );

      // The follow-up is reviewed on its own (decision 019): submitted on the follow-up page.
      const followUpUrl = `${harness().baseUrl}/plan/SOU/2025/uppfoljning`;
      const editor = await context.newPage();
      await editor.goto(followUpUrl);
      const followUpReview = editor.getByRole('region', { name: 'Uppföljningens granskning' });
      await followUpReview.locator('.review-state', { hasText: 'Utkast' }).waitFor();
      await editor
        .locator('.activity-draft__text', { hasText: 'Uppföljningen ej publicerad' })
        .waitFor();
      await followUpReview.getByRole('button', { name: 'Skicka in' }).click();
      await followUpReview.locator('.review-state', { hasText: 'Inskickad' }).waitFor();
      await (await publish(followUpUrl, 'Uppföljningens granskning')).close();

      // Once the plan and its follow-up are published, the public sees the new status and the
      // share done, without signing in; one of the year's activities is followed up, so the share
      // says how many are.
      const visitor = await openPage(harness().browser, 'desktop');
      const publicList = (filter: string) =>
        visitor.page.goto(`${harness().baseUrl}/malaktiviteter?ar=2025&enhet=SOU${filter}`);
      await publicList('');
      await visitor.page
        .locator('.done-per-measure summary')
        .getByText(`1 av ${last.length - 1} genomförda (1 av ${last.length - 1} uppföljda)`)
        .waitFor();
      await publicList('&status=done');
      const done = visitor.page.locator('.activity');
      await done.first().waitFor();
      expect(await texts(visitor.page, '.activity__text')).toEqual([second.text]);
      expect(await done.locator('.activity-status').textContent()).toBe('Genomförd');
      expect(await done.textContent()).toContain('Genomförd under våren');
      await publicList('&sok=h%C3%B6stlovet');
      const edited = visitor.page.locator('.activity').filter({ hasText: 'påsk- och höstlovet' });
      await edited.waitFor();
      expect(await edited.locator('.activity-status').textContent()).toBe('Planerad');
      expect(await visitor.page.locator('.activity-draft').count()).toBe(0);
      await checkAndCapture(visitor, 'activities-status', 'desktop');

      // An edit after publishing is a draft: the editor sees it marked, the public the plan as
      // published until it is published again.
      await editor.goto(planUrl(2025, 'SOU'));
      const again = await openDialog(
        editor,
        `Ändra rad 1 under resultatmått ${first.measureNumber}`,
        'Ändra målaktivitet',
      );
      await again.getByLabel('Aktivitet', { exact: true }).fill('Lovskola på alla lov');
      await again.getByRole('button', { name: 'Spara' }).click();
      await statusMessage(editor, 'Målaktiviteten sparades.');
      const editedRow = editor.locator('.plan-table').first().locator('tbody tr').first();
      await editedRow.getByText('Lovskola på alla lov').waitFor();
      await editedRow
        .locator('.activity-draft__text', { hasText: 'Ändrad – ej publicerad' })
        .waitFor();
      expect(await axeViolations(editor)).toEqual([]);
      await screenshot(editor, 'plan-draft-edit', 'desktop');
      const editorList = await context.newPage();
      await editorList.goto(`${harness().baseUrl}/malaktiviteter?ar=2025&enhet=SOU&sok=alla%20lov`);
      await editorList
        .locator('.activity', { hasText: 'Lovskola på alla lov' })
        .getByText('Ändrad – ej publicerad')
        .waitFor();
      await checkAndCapture(
        { page: editorList, errors: scriptErrors(errors) },
        'activities-draft',
        'desktop',
      );

      // The visitor's page closed with its capture: another anonymous one.
      const { page: anonymous } = await openPage(harness().browser, 'desktop');
      await anonymous.goto(
        `${harness().baseUrl}/malaktiviteter?ar=2025&enhet=SOU&sok=h%C3%B6stlovet`,
      );
      await anonymous.locator('.activity', { hasText: 'påsk- och höstlovet' }).waitFor();
      expect(await anonymous.getByText('Lovskola på alla lov').count()).toBe(0);
      const planReview = editor.getByRole('region', { name: 'Planens granskning' });
      await planReview.locator('.review-state', { hasText: 'Utkast' }).waitFor();
      await planReview.getByRole('button', { name: 'Skicka in' }).click();
      await planReview.locator('.review-state', { hasText: 'Inskickad' }).waitFor();
      await (await publish(planUrl(2025, 'SOU'), 'Planens granskning')).close();
      await anonymous.goto(`${harness().baseUrl}/malaktiviteter?ar=2025&enhet=SOU&sok=alla%20lov`);
      await anonymous.locator('.activity', { hasText: 'Lovskola på alla lov' }).waitFor();
      expect(await anonymous.getByText('påsk- och höstlovet').count()).toBe(0);
      await anonymous.close();
      await reviewer.context.close();
      await context.close();
    },
    // Many steps, each waiting for the server, on a machine shared with other work.
    240_000,
  );
});

describe('conflicts, export and print', () => {
  it('shows a concurrent change and lets the editor re-apply theirs', async () => {
    await addUser(harness().db, 'olle', ['unit_editor'], { units: ['KSF'] });
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'olle',
    );
    const [activity] = await harness().api<Activity[]>('/activities?year=2024&unit=KSF');
    await page.goto(planUrl(2024, 'KSF'));
    const edit = await openDialog(
      page,
      `Ändra rad 1 under resultatmått ${activity!.measureNumber}`,
      'Ändra målaktivitet',
    );
    await edit.getByLabel('Övrigt/kommentar').fill('Min kommentar');

    // Meanwhile, in another tab, the same activity gets a new antal.
    const session = await (
      await context.request.get(`${harness().baseUrl}/api/auth/session`)
    ).json();
    const other = await context.request.patch(
      `${harness().baseUrl}/api/activities/${activity!.id}`,
      {
        headers: { 'x-csrf-token': session.csrfToken },
        data: { ...activity, antal: '7', version: activity!.version },
      },
    );
    expect(other.status()).toBe(200);

    await edit.getByRole('button', { name: 'Spara' }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'har ändrat målaktiviteten' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('olle har ändrat målaktiviteten');
    await screenshot(page, 'plan-conflict', 'desktop');
    await conflict
      .getByRole('button', { name: 'Lägg mina ändringar ovanpå den nya versionen' })
      .click();
    expect(await edit.getByLabel('Antal', { exact: true }).inputValue()).toBe('7');
    expect(await edit.getByLabel('Övrigt/kommentar').inputValue()).toBe('Min kommentar');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await statusMessage(page, 'Målaktiviteten sparades.');
    const [saved] = await readAs<Activity[]>(
      context,
      harness().baseUrl,
      '/activities?year=2024&unit=KSF',
    );
    expect(saved).toMatchObject({ antal: '7', comment: 'Min kommentar', version: 3 });
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('downloads the plan as CSV and prints it as the documents’ tables', async () => {
    const { page, errors } = await openPage(harness().browser, 'desktop');
    await page.goto(planUrl(2024, 'VOO'));
    await page.locator('.plan-table').first().waitFor();
    expect(await page.getByText('Planen kan läsas av alla.').count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Ändra/ }).count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Ladda ner som CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('plan-VOO-2024.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const planned = await harness().api<Activity[]>('/activities?year=2024&unit=VOO');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + planned.length);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.plan-toolbar').isVisible()).toBe(false);
    expect(await texts(page, '.plan-table thead th')).toContain('Övrigt/kommentar');
    await screenshot(page, 'plan-print', 'desktop');
    await page.emulateMedia({ media: 'screen' });
    await checkAndCapture({ page, errors }, 'plan-public', 'desktop');
  });
});

describe.each<ViewportName>(['desktop', 'phone'])('plan page (%s)', (viewport) => {
  it('has no axe violations with the editor’s controls, the copy panel and a dialog', async () => {
    const username = `red-${viewport}`;
    await addUser(harness().db, username, ['unit_editor'], { units: ['KSUF'] });
    const { page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      viewport,
      username,
    );
    await page.goto(planUrl(2024, 'KSUF'));
    await page.locator('.plan-table').first().waitFor();
    await page.getByRole('button', { name: 'Kopiera från 2023' }).click();
    await page.getByRole('checkbox', { name: 'Välj alla' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-copy-panel', viewport);
    await page.getByRole('button', { name: 'Kopiera från 2023' }).click();

    const dialog = await openDialog(page, 'Lägg till målaktivitet', 'Lägg till målaktivitet');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    expect(await dialog.locator('#activity-measureNumber-error').textContent()).toContain(
      'Välj ett resultatmått',
    );
    await checkDialog(page, 'plan-add', viewport);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Lägg till målaktivitet');

    // Escape closes a dialog too, and focus goes back to the button that opened it.
    const [first] = await harness().api<Activity[]>('/activities?year=2024&unit=KSUF');
    const button = `Följ upp rad 1 under resultatmått ${first!.measureNumber}`;
    const followUp = await openDialog(page, button, 'Följ upp målaktivitet');
    await page.keyboard.press('Escape');
    await followUp.waitFor({ state: 'detached' });
    expect(await focused()).toBe(button);
    await checkAndCapture({ page, errors: scriptErrors(errors) }, 'plan', viewport);
  });
});

/** axe and a screenshot with a dialog open. */
async function checkDialog(page: Page, name: string, viewport: ViewportName) {
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name, viewport);
}
