import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import { useHarness } from './support/harness';
import { addUser, openSignedInPage, writeMeanwhile, readAs } from './support/accounts';
import { axeViolations, screenshot } from './support/pages';

// A unit editor follows up every activity of the unit's year in one view, by keyboard.

const harness = useHarness();
const UNIT = 'WBAB';
const followUpUrl = (year: number) => `${harness().baseUrl}/plan/${UNIT}/${year}/uppfoljning`;

const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement as HTMLElement | null;
    return `${cell?.dataset.row ?? ''}:${cell?.dataset.column ?? ''}`;
  });

describe('the follow-up view of a unit’s activities', () => {
  it('follows up several activities by keyboard, saved together, and shows a conflict in its row', async () => {
    await addUser(harness().db, 'wera', ['unit_editor'], { units: [UNIT] });
    const plan = await harness().api<Activity[]>(`/activities?year=2024&unit=${UNIT}`);
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'wera',
    );
    await page.goto(`${harness().baseUrl}/plan?ar=2024&enhet=${UNIT}`);
    await page.getByRole('link', { name: /^Följ upp alla/ }).click();
    await page
      .getByRole('heading', { level: 1, name: /Uppföljning av målaktiviteter 2024/ })
      .waitFor();
    await page.getByText('Ingen målaktivitet för 2024 är uppföljd än').waitFor();
    // The moved activity says where it came from.
    await page.getByText('Flyttad från 2023').first().waitFor();

    // The first row: status by typing its name, Tab to the comment; Enter goes to row 1's comment.
    await page.getByRole('combobox').first().focus();
    await page.keyboard.type('Genomf');
    await page.keyboard.press('Tab');
    expect(await focusedCell(page)).toBe('0:comment');
    await page.keyboard.type('Inventeringen är klar');
    await page.keyboard.press('Enter');
    expect(await focusedCell(page)).toBe('1:comment');
    await page.keyboard.type('Halvvägs');
    await page.keyboard.press('ArrowUp');
    expect(await focusedCell(page)).toBe('0:comment');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toBe('2:comment');
    await page.getByRole('button', { name: 'Spara alla ändrade (2)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'plan-follow-up', 'desktop');

    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: '2 uppföljningar sparades.' }).waitFor();
    const saved = await readAs<Activity[]>(
      context,
      harness().baseUrl,
      `/activities?year=2024&unit=${UNIT}`,
    );
    expect(saved.slice(0, 2).map((a) => [a.status, a.followUp?.comment])).toEqual([
      ['done', 'Inventeringen är klar'],
      [plan[1]!.status, 'Halvvägs'],
    ]);
    await page
      .getByText(`1 av ${plan.length} genomförda (2 av ${plan.length} uppföljda)`)
      .waitFor();

    // Someone else follows up the third row meanwhile; saving it here shows their version.
    const third = saved[2]!;
    await writeMeanwhile(context, harness().baseUrl, 'post', `/activities/${third.id}/follow-ups`, {
      status: 'not_done',
      comment: 'Hanns inte med',
      date: '2024-12-20',
      version: third.version,
    });
    const thirdComment = page.getByRole('textbox', { name: /^Kommentar, rad/ }).nth(2);
    await thirdComment.fill('Klart i december');
    await page
      .getByRole('button', { name: /^Spara rad/ })
      .nth(2)
      .click();
    const conflict = page.getByRole('alert').filter({ hasText: 'har ändrat' });
    await conflict.getByText('Hanns inte med').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await conflict
      .getByRole('button', { name: 'Lägg mina ändringar ovanpå den nya versionen' })
      .click();
    await page
      .getByRole('button', { name: /^Spara rad/ })
      .nth(2)
      .click();
    await page.getByRole('status').filter({ hasText: 'En uppföljning sparades.' }).waitFor();
    const after = await readAs<Activity[]>(
      context,
      harness().baseUrl,
      `/activities?year=2024&unit=${UNIT}`,
    );
    expect(after.find((a) => a.id === third.id)?.followUp?.comment).toBe('Klart i december');
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('fits a phone and refuses another unit’s editor', async () => {
    await addUser(harness().db, 'pia', ['unit_editor'], { units: [UNIT] });
    const phone = await openSignedInPage(harness().browser, harness().baseUrl, 'phone', 'pia');
    await phone.page.goto(followUpUrl(2023));
    await phone.page.getByText('Flyttad till 2024').first().waitFor();
    expect(await axeViolations(phone.page)).toEqual([]);
    await screenshot(phone.page, 'plan-follow-up', 'phone');
    await phone.context.close();

    await addUser(harness().db, 'olle', ['unit_editor'], { units: ['SOU'] });
    const other = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'olle');
    await other.page.goto(followUpUrl(2024));
    await other.page.getByText(/du är inte redaktör för/).waitFor();
    expect(await other.page.getByRole('combobox').count()).toBe(0);
    await other.context.close();
  });
});
