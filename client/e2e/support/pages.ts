import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const SCREENSHOT_DIR = fileURLToPath(new URL('../../../var/screenshots/', import.meta.url));
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** A page that fails the test on any uncaught error or console error. */
export async function openPage(
  browser: Browser,
  viewport: ViewportName,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORTS[viewport], locale: 'sv-SE' });
  return { page, errors: collectErrors(page) };
}

/** Uncaught errors and console errors of the page, as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The browser's own line for a failed request does not name it; its location does.
    const { url } = message.location();
    if (message.type() === 'error')
      errors.push(url ? `${message.text()} (${url})` : message.text());
  });
  return errors;
}

/** Resolves once React has hydrated the server's HTML and the page's own requests have settled. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) =>
      key.startsWith('__reactContainer'),
    ),
  );
  await page.waitForLoadState('networkidle');
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core for WCAG 2.1 A and AA; returns the violations (the test expects none). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluate() runs outside the page's CSP, which forbids injected inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Saves a full-page screenshot as var/screenshots/<name>-<viewport>.png. */
export async function screenshot(page: Page, name: string, viewport: ViewportName): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${viewport}.png`), fullPage: true });
}

/** Text of every element matching `selector`, line breaks collapsed; thin spaces stay as they are. */
export async function texts(scope: Page | Locator, selector: string): Promise<string[]> {
  return scope
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((e) => e.textContent.replace(/[ \t\r\n]+/g, ' ').trim()),
    );
}

/**
 * The checks every page gets at the end of its test: no axe violations, a screenshot to look
 * at, and no script errors along the way.
 */
export async function checkAndCapture(
  opened: { page: Page; errors: string[] },
  name: string,
  viewport: ViewportName,
): Promise<void> {
  expect(await axeViolations(opened.page)).toEqual([]);
  await screenshot(opened.page, name, viewport);
  expect(opened.errors).toEqual([]);
  await opened.page.close();
}
