import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import { useHarness } from './support/harness';
import {
  addUser,
  openSignedInPage,
  scriptErrors,
  writeMeanwhile,
  readAs,
} from './support/accounts';
import { axeViolations, screenshot } from './support/pages';

// The one versioned-form pattern where the other tests do not reach it: a follow-up, a removal
// and the municipality code, each saved against a version someone changed meanwhile.

const harness = useHarness();

async function openPlanDialog(page: Page, button: string, title: string) {
  await page.goto(`${harness().baseUrl}/plan?ar=2024&enhet=SOU`);
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  return dialog;
}

/** A new unit editor of SOU, signed in, and the first of SOU's activities in 2024. */
async function socialEditor(username: string, viewport: 'desktop' | 'phone') {
  await addUser(harness().db, username, ['unit_editor'], { units: ['SOU'] });
  const opened = await openSignedInPage(harness().browser, harness().baseUrl, viewport, username);
  const [activity] = await readAs<Activity[]>(
    opened.context,
    harness().baseUrl,
    '/activities?year=2024&unit=SOU',
  );
  return { ...opened, activity: activity! };
}

const focusedClass = (page: Page) => page.evaluate(() => document.activeElement?.className);

describe('a conflict on a versioned form', () => {
  it('keeps a follow-up on top of a change made meanwhile, then saves it', async () => {
    const { context, page, errors, activity } = await socialEditor('tove', 'desktop');
    const dialog = await openPlanDialog(
      page,
      `Följ upp rad 1 under resultatmått ${activity.measureNumber}`,
      'Följ upp målaktivitet',
    );
    await dialog.getByRole('radio', { name: 'Genomförd', exact: true }).check();
    await dialog.getByLabel('Kommentar').fill('Klart i maj');
    await writeMeanwhile(context, harness().baseUrl, 'patch', `/activities/${activity.id}`, {
      ...activity,
      antal: '7',
      version: activity.version,
    });

    await dialog.getByRole('button', { name: 'Spara uppföljningen' }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: 'har ändrat målaktiviteten' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Din uppföljning är inte sparad.');
    expect(await conflict.textContent()).toContain('AntalNu sparat: 7');
    expect(await focusedClass(page)).toContain('conflict-box');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'follow-up-conflict', 'desktop');

    await conflict
      .getByRole('button', { name: 'Lägg mina ändringar ovanpå den nya versionen' })
      .click();
    expect(await conflict.count()).toBe(0);
    expect(await dialog.getByRole('radio', { name: 'Genomförd', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await dialog.getByLabel('Kommentar').inputValue()).toBe('Klart i maj');
    await dialog.getByRole('status').filter({ hasText: 'ligger nu ovanpå' }).waitFor();
    await dialog.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uppföljningen sparades.' }).waitFor();
    const [saved] = await readAs<Activity[]>(
      context,
      harness().baseUrl,
      '/activities?year=2024&unit=SOU',
    );
    expect(saved).toMatchObject({ antal: '7', status: 'done' });
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('shows what changed before removing, and removes on the new version', async () => {
    const { context, page, errors, activity } = await socialEditor('ulla', 'phone');
    const dialog = await openPlanDialog(
      page,
      `Ta bort rad 1 under resultatmått ${activity.measureNumber}`,
      'Ta bort målaktivitet',
    );
    await writeMeanwhile(context, harness().baseUrl, 'patch', `/activities/${activity.id}`, {
      ...activity,
      text: 'Ny text från en annan flik',
      version: activity.version,
    });

    await dialog.getByRole('button', { name: 'Ta bort', exact: true }).click();
    const conflict = dialog.getByRole('alert').filter({ hasText: 'har ändrat målaktiviteten' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Målaktiviteten är inte borttagen.');
    expect(await conflict.textContent()).toContain('Nu sparat: Ny text från en annan flik');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'remove-conflict', 'phone');
    await conflict.getByRole('button', { name: 'Ta bort ändå' }).click();
    await page.getByRole('status').filter({ hasText: 'Målaktiviteten togs bort.' }).waitFor();
    const left = await readAs<Activity[]>(
      context,
      harness().baseUrl,
      '/activities?year=2024&unit=SOU',
    );
    expect(left.some((a) => a.id === activity.id)).toBe(false);
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });

  it('offers the municipality code someone else saved, and takes it', async () => {
    await addUser(harness().db, 'vera', ['admin']);
    const { context, page, errors } = await openSignedInPage(
      harness().browser,
      harness().baseUrl,
      'desktop',
      'vera',
    );
    await page.goto(`${harness().baseUrl}/import`);
    const code = page.getByLabel('Kommunkod (fyra siffror, SCB)');
    await code.fill('2085');
    const { version } = await harness().api<{ version: number }>('/organisation');
    await writeMeanwhile(context, harness().baseUrl, 'put', '/organisation', {
      municipalityCode: '0180',
      version,
    });

    await page.getByRole('button', { name: 'Spara kommunkoden' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'har ändrat kommunkoden' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Nu sparat: 0180');
    await conflict
      .getByRole('button', { name: 'Använd den sparade versionen och släng mina ändringar' })
      .click();
    expect(await code.inputValue()).toBe('0180');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('municipality-code');
    expect(scriptErrors(errors)).toEqual([]);
    await context.close();
  });
});
