import type { Page } from 'playwright-core';

// Reading the entry grid the way a user meets it: by the cells' accessible names.

export interface FocusedCell {
  label: string | null;
  value: string | null;
}

export async function focusedCell(page: Page): Promise<FocusedCell> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return { label: element?.getAttribute('aria-label') ?? null, value: element?.value ?? null };
  });
}

/** The input of one cell, e.g. cell(page, 'Utfall 2023', 8). */
export function cell(page: Page, column: string, measureNumber: number) {
  return page.locator(`[aria-label^="${column}, ${measureNumber} "]`);
}

/** Presses Tab until a grid cell whose label starts with `label` has focus. */
export async function tabToCell(page: Page, label: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedCell(page)).label?.startsWith(label)) return;
  }
  throw new Error(`Nådde inte cellen ${label} med Tab`);
}
