import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness } from './support/harness';
import { openPage } from './support/pages';

const harness = useHarness();

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  outline: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      tag: element.tagName,
      text: element.textContent.trim(),
      href: element.getAttribute('href'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Focus moves to the new page's heading once it has rendered; wait for that, briefly. */
async function headingFocused(page: Page): Promise<Focused> {
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, {
    timeout: 5000,
  });
  return focused(page);
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit`. */
async function tabTo(page: Page, matches: (f: Focused) => boolean, limit = 80): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (matches(now)) return now;
  }
  throw new Error('Nådde inte elementet med Tab');
}

describe('keyboard only', () => {
  it('skips to the content, opens a goal and a measure, and goes back', async () => {
    const { page, errors } = await openPage(harness().browser, 'desktop');
    await page.goto(`${harness().baseUrl}/`);
    await page.locator('.measure-row').first().waitFor();

    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip.text).toBe('Hoppa till huvudinnehållet');
    expect(skip.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    const goalLink = await tabTo(page, (f) => f.tag === 'A' && /^\/mal\/\d+/.test(f.href ?? ''));
    expect(goalLink.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mal\/\d+/);
    await page.locator('.measure-card').first().waitFor();
    // Focus moves to the new page's heading, as after a full page load.
    const heading = await headingFocused(page);
    expect(heading.tag).toBe('H1');
    expect(heading.text).toBe(goalLink.text);

    const measureLink = await tabTo(
      page,
      (f) => f.tag === 'A' && /^\/resultatmatt\/\d+$/.test(f.href ?? ''),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/resultatmatt\/\d+$/);
    await page.locator('.data-table').first().waitFor();
    expect((await headingFocused(page)).tag).toBe('H1');
    expect(measureLink.text).toContain((await page.locator('h1').textContent()) ?? '–');

    // The data table's scroll region is reachable too, so wide tables can be scrolled by keyboard.
    await tabTo(
      page,
      (f) => f.tag === 'DIV' && f.text.startsWith('Utfall och målvärden för resultatmått'),
    );

    await page.goBack();
    await page.waitForURL(/\/mal\/\d+/);
    await page.getByRole('heading', { level: 1, name: goalLink.text }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
