import { describe, expect, it } from 'vitest';
import type { MeasureWithAssessment } from '@malbild/shared';
import { useHarness } from './support/harness';
import { checkAndCapture, openPage, waitForHydration, type ViewportName } from './support/pages';

const harness = useHarness();
const NUMBER = 8;

describe('embedding and sharing a measure’s chart', () => {
  it('lets any site frame the embed page, and only that page', async () => {
    const embed = await fetch(`${harness().baseUrl}/inbaddning/resultatmatt/${NUMBER}`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const page = await fetch(`${harness().baseUrl}/resultatmatt/${NUMBER}`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const missing = await fetch(`${harness().baseUrl}/inbaddning/resultatmatt/999`);
    expect(missing.status).toBe(404);
  });

  it('gives measure and goal pages a description and Open Graph tags with the chart image', async () => {
    const measure = await harness().api<MeasureWithAssessment>(`/measures/${NUMBER}`);
    const html = await (await fetch(`${harness().baseUrl}/resultatmatt/${NUMBER}`)).text();
    expect(html).toContain(
      `<meta property="og:title" content="${measure.name} – Resultatmått ${NUMBER}`,
    );
    expect(html).toMatch(/<meta name="description" content="[^"]+"\/>/);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
    expect(image).toBe(`${harness().baseUrl}/api/measures/${NUMBER}/chart.png`);
    const png = await fetch(image);
    expect(png.headers.get('content-type')).toBe('image/png');
    const goal = await (await fetch(`${harness().baseUrl}/mal/1`)).text();
    expect(goal).toMatch(
      /<meta property="og:image" content="[^"]+\/api\/measures\/\d+\/chart\.png"/,
    );
    expect(goal).toMatch(/<meta property="og:description" content="[^"]+"/);
  });

  describe.each<ViewportName>(['desktop', 'phone'])('(%s)', (viewport) => {
    it('shows the embed page with the page’s chart, legend, table and a link to the measure', async () => {
      const measure = await harness().api<MeasureWithAssessment>(`/measures/${NUMBER}`);
      const opened = await openPage(harness().browser, viewport);
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/inbaddning/resultatmatt/${NUMBER}`);
      await page.locator('.recharts-surface').waitFor();
      expect(await page.locator('h1').textContent()).toBe(measure.name);
      expect(await page.locator('.site-header').count()).toBe(0);
      expect(
        await page.getByRole('link', { name: 'Mer om resultatmåttet' }).getAttribute('href'),
      ).toBe(`/resultatmatt/${NUMBER}`);
      await checkAndCapture(opened, 'embed-measure', viewport);
    });

    it('offers the chart as PNG and SVG and the embed code on the measure page', async () => {
      const opened = await openPage(harness().browser, viewport);
      const { page } = opened;
      await page.goto(`${harness().baseUrl}/resultatmatt/${NUMBER}`);
      await waitForHydration(page);
      const snippet = page.getByLabel('Kod för att bädda in diagrammet på en annan webbplats');
      await expect
        .poll(() => snippet.inputValue())
        .toContain(`<iframe src="${harness().baseUrl}/inbaddning/resultatmatt/${NUMBER}"`);
      const svg = page.getByRole('link', { name: 'Ladda ner diagrammet som SVG' });
      const response = await fetch(`${harness().baseUrl}${(await svg.getAttribute('href'))!}`);
      expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      await page.locator('.recharts-surface').waitFor();
      await checkAndCapture(opened, 'measure-share', viewport);
    });
  });
});
