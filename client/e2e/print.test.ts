import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useHarness } from './support/harness';
import { openPage, waitForHydration } from './support/pages';

const harness = useHarness();

it('prints a year’s results on one landscape A4 page with the name, data date and print date', async () => {
  const { page, errors } = await openPage(harness().browser, 'desktop');
  await page.goto(`${harness().baseUrl}/?ar=2022`);
  await waitForHydration(page);
  await page.locator('.print-only').waitFor({ state: 'attached' });
  const file = join(mkdtempSync(join(tmpdir(), 'malbild-print-')), 'start.pdf');
  // The page's own @page rule decides size and orientation (preferCSSPageSize).
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Ludvika kommun');
  expect(text).toContain('Senast uppdaterad 14 december 2022');
  expect(text).toMatch(/Utskrivet \d+ \p{L}+ \d{4}\./u);
  expect(text).toContain('Energianvändning i kommunkoncernens lokaler');
  expect(text).not.toContain('Logga in');
  expect(text).not.toContain('Måluppfyllelse 2022');
  expect(errors).toEqual([]);
  await page.close();
});
