// (c) The front end on a phone: initial JavaScript per page from the Vite build manifest, and the
// largest contentful paint of every public page in headless Chromium with CPU 4× slower and
// Lighthouse's "slow 4G" network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/connection';
import { buildClient } from '../lib/build-client';
import { launchChromium } from '../lib/chromium';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface PageScript {
  page: string;
  /** JavaScript a first visit downloads before the page can show its content, gzipped. */
  initialKb: number;
  /** Further JavaScript the page loads at once by itself (a chart), gzipped. */
  lazyKb: number;
  chunks: string[];
}

/** Every public page, as a first visit from a search engine or a shared link opens it. */
export const PUBLIC_PAGES = [
  '/',
  '/mal/1',
  '/resultatmatt/7',
  '/malaktiviteter',
  '/malaktiviteter?ar=2023&enhet=SOU',
  '/malaktiviteter/1',
  '/plan?ar=2024&enhet=SOU',
  '/plan/SOU/2024/uppfoljning',
  '/om-bedomningen',
  '/intern-kontroll',
  '/tillganglighet',
  '/api-dokumentation',
  '/inbaddning/resultatmatt/7',
];

export interface PaintResult {
  page: string;
  lcpMs: number;
  element: string;
}

/** Builds the client (and its server bundle) with a manifest into `outDir`; returns the ms taken. */
export function timeClientBuild(outDir: string): number {
  const started = performance.now();
  buildClient({ outDir, manifest: true });
  return Math.round(performance.now() - started);
}

/** A chunk with every chunk it imports statically, as manifest keys. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

const gzipKb = (outDir: string, files: Iterable<string>) =>
  Math.round(
    ([...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length, 0) /
      1024) *
      10,
  ) / 10;

/** Per route page (client/src/app/routes/*): the entry's scripts plus the route's own. */
export function scriptsPerPage(outDir: string): PageScript[] {
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const entryChunks = closure(manifest, entry);
  const routes = Object.keys(manifest).filter((key) => /app\/routes\/[^/]+\.tsx$/.test(key));
  const pages = [
    { page: 'start (in the entry)', keys: entryChunks, lazy: new Set<string>() },
    ...routes.map((route) => {
      const keys = closure(manifest, route, new Set(entryChunks));
      const lazy = new Set<string>();
      for (const key of keys) {
        if (entryChunks.has(key)) continue;
        for (const dynamic of manifest[key]?.dynamicImports ?? []) {
          for (const chunk of closure(manifest, dynamic)) if (!keys.has(chunk)) lazy.add(chunk);
        }
      }
      return { page: route.replace(/^.*routes\//, ''), keys, lazy };
    }),
  ];
  const files = (keys: Set<string>) =>
    [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  return pages.map(({ page, keys, lazy }) => ({
    page,
    initialKb: gzipKb(outDir, files(keys)),
    lazyKb: gzipKb(outDir, files(lazy)),
    chunks: files(keys),
  }));
}

// Lighthouse's mobile profile: 150 ms RTT × 3.75 = 562.5 ms, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

const OBSERVE_LCP = `
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1);
    const element = last.element;
    window.lcp = {
      lcpMs: last.startTime,
      element: element
        ? element.tagName.toLowerCase() + ' "' + (element.textContent || '').trim().slice(0, 40) + '"'
        : '?',
    };
  }).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** Median LCP of `runs` cold visits to each path, served by the real app from `outDir`. */
export async function largestContentfulPaint(
  dbPath: string,
  outDir: string,
  paths: string[],
  runs: number,
): Promise<PaintResult[]> {
  const db = openDatabase(dbPath, { fileMustExist: true });
  const app = await buildApp({ db, clientDist: outDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const results: PaintResult[] = [];
    for (const path of paths) {
      const samples: { lcpMs: number; element: string }[] = [];
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({
          viewport: { width: 390, height: 844 },
          locale: 'sv-SE',
        });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        // Injected by the browser itself, outside the page's CSP; a string, because tsx would
        // wrap a function in helpers the page does not have.
        await page.addInitScript(OBSERVE_LCP);
        await page.goto(baseUrl + path, { waitUntil: 'networkidle', timeout: 60_000 });
        await page.waitForTimeout(500);
        // No entry at all means nothing contentful was painted: report it, do not crash.
        const sample = await page.evaluate<PaintResult | undefined>('window.lcp');
        samples.push(sample ?? { lcpMs: Number.NaN, element: '(no LCP entry)' });
        await context.close();
      }
      samples.sort((a, b) => a.lcpMs - b.lcpMs);
      const median = samples[Math.floor(samples.length / 2)]!;
      results.push({ page: path, lcpMs: Math.round(median.lcpMs), element: median.element });
    }
    return results;
  } finally {
    await browser.close();
    await app.close();
    db.close();
  }
}
