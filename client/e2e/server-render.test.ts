import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './support/harness';
import {
  collectErrors,
  screenshot,
  VIEWPORTS,
  waitForHydration,
  type ViewportName,
} from './support/pages';

const harness = useHarness();

// One renderer: the server's HTML of each public page (read with JavaScript off) shows the same
// headings, tables and figures as the page once React has hydrated it, and hydrating logs
// nothing (React reports a mismatch as a console error).

const PUBLIC_PAGES = [
  { name: 'start', path: '/' },
  { name: 'goal', path: '/mal/1' },
  { name: 'measure', path: '/resultatmatt/7' },
  { name: 'activities', path: '/malaktiviteter' },
  { name: 'activities-filtered', path: '/malaktiviteter?ar=2023&enhet=SOU&grupp=unit' },
  // "Visa fler" followed without JavaScript: two groups shown further, the rest folded.
  {
    name: 'activities-shown',
    path: '/malaktiviteter?ar=2023&grupp=unit&visa=unit-sou.28&visa=shared.30',
  },
  { name: 'activity', path: '/malaktiviteter/1' },
  { name: 'plan', path: '/plan?ar=2024&enhet=SOU' },
  { name: 'plan-follow-up', path: '/plan/SOU/2024/uppfoljning' },
  { name: 'method', path: '/om-bedomningen' },
  { name: 'internal-control', path: '/intern-kontroll' },
  { name: 'accessibility', path: '/tillganglighet' },
  { name: 'api-docs', path: '/api-dokumentation' },
  { name: 'embed', path: '/inbaddning/resultatmatt/7' },
  { name: 'not-found', path: '/finns-inte' },
];

interface Content {
  headings: string[];
  tables: string[][];
  figures: string[];
}

/**
 * What a reader takes from the page: its headings, every table's cells, every figure's caption;
 * of its main region, or of the whole page for one without (the embed, framed by other sites).
 */
function content(page: Page): Promise<Content> {
  return page.evaluate(() => {
    const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
    const main = document.getElementById('main') ?? document.getElementById('root')!;
    return {
      headings: [...main.querySelectorAll('h1, h2, h3, h4')].map(text),
      tables: [...main.querySelectorAll('table')].map((table) =>
        [...table.rows].map((row) => [...row.cells].map(text).join(' | ')),
      ),
      figures: [...main.querySelectorAll('figure')].map((figure) =>
        text(figure.querySelector('figcaption') ?? figure),
      ),
    };
  });
}

async function serverHtml(viewport: ViewportName, path: string) {
  const context = await harness().browser.newContext({
    viewport: VIEWPORTS[viewport],
    locale: 'sv-SE',
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const response = await page.goto(harness().baseUrl + path);
  const result = { status: response?.status(), content: await content(page) };
  await screenshot(
    page,
    `server-render-${path === '/' ? 'start' : path.slice(1).replace(/\W+/g, '-')}-nojs`,
    viewport,
  );
  await context.close();
  return result;
}

describe.each<ViewportName>(['desktop', 'phone'])('server-rendered pages (%s)', (viewport) => {
  it.each(PUBLIC_PAGES)('$name: the first paint is the hydrated page', async ({ path }) => {
    const server = await serverHtml(viewport, path);
    expect(server.status).toBe(path === '/finns-inte' ? 404 : 200);
    expect(server.content.headings.length).toBeGreaterThan(0);

    const page = await harness().browser.newPage({
      viewport: VIEWPORTS[viewport],
      locale: 'sv-SE',
    });
    const errors = collectErrors(page);
    await page.goto(harness().baseUrl + path);
    await waitForHydration(page);
    expect(await content(page)).toEqual(server.content);
    // The not-found page's own 404 is the one console message a browser writes for it.
    expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
    await page.close();
  });
});
