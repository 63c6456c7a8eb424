import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-plugin';
import type { MeasureWithAssessment } from '@malbild/shared';

// Server rendering of the client's own React tree: the client's server bundle
// (client/src/entry-server.tsx, built by `vite build --ssr` into <client build>/ssr) renders the
// page at the request's URL with its data, read through this app's own routes, and the result
// goes into the client's index.html, where the browser hydrates it.

/** What a chart image shows (client/src/entry-server.tsx's ChartImageInput). */
export interface ChartImageInput {
  measure: MeasureWithAssessment;
  /** The municipality's name, for the image's source line. */
  organisation: string | null;
}

/** The client bundle's export (plain JavaScript on disk: its types are restated here). */
interface ServerEntry {
  render(
    url: string,
    options: {
      fetch: (url: string, init: RequestInit) => Promise<Response>;
      signedOut: boolean;
      origin: string;
    },
  ): Promise<{
    status: number;
    title: string | undefined;
    head: string;
    html: string;
    state: string;
  }>;
  /** A measure's chart as SVG text, drawn into `container`, an element of a DOM (chart-image.ts). */
  renderChartImage(container: unknown, input: ChartImageInput): Promise<string>;
}

export const SERVER_ENTRY = join('ssr', 'entry-server.js');
const ROOT = '<div id="root"></div>';
// Vite links its style sheets as <link rel="stylesheet" crossorigin href="/assets/…">.
const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/g;

export function hasServerEntry(clientDist: string): boolean {
  return existsSync(join(clientDist, SERVER_ENTRY));
}

const loaded = new Map<string, { mtimeMs: number; entry: Promise<ServerEntry> }>();

/** The bundle as it is on disk now: a rebuild of the client while the server runs needs no restart. */
export async function serverEntry(clientDist: string): Promise<ServerEntry> {
  const file = join(clientDist, SERVER_ENTRY);
  const { mtimeMs } = await stat(file);
  let current = loaded.get(file);
  if (current?.mtimeMs !== mtimeMs) {
    // A new URL is a new module instance; the old one stays in memory, once per rebuild.
    const url = `${pathToFileURL(file).href}?v=${mtimeMs}`;
    current = { mtimeMs, entry: import(url) as Promise<ServerEntry> };
    loaded.set(file, current);
  }
  return current.entry;
}

/** The API as an anonymous browser would get it (cached, validated), without a network hop. */
function readThroughApp(app: FastifyInstance) {
  return async (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    const answer = await app.inject({
      method: 'GET',
      url,
      headers: { accept: headers.get('accept') ?? 'application/json' },
    });
    const empty = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(empty ? null : answer.body, {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? '') },
    });
  };
}

/**
 * The template with its style sheets inline, and the CSP sources (their hashes) that allow them.
 * A linked style sheet blocks the first paint for a round trip more (half a second on a slow
 * phone line); inline, the page paints as its HTML arrives. A sheet that could end its element
 * stays linked.
 */
async function inlineStyleSheets(template: string, clientDist: string) {
  let html = template;
  const styleSources: string[] = [];
  for (const [link, file] of template.matchAll(STYLESHEET)) {
    const css = await readFile(join(clientDist, file!), 'utf8');
    if (css.includes('</')) continue;
    styleSources.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    html = html.replace(link, () => `<style>${css}</style>`);
  }
  return { html, styleSources };
}

/**
 * index.html with the page at the request's URL rendered into #root, its title and its data, and
 * the status the page asks for (404 for one that does not exist). A build without the server
 * bundle, or a template without #root, is sent as it is.
 */
export async function renderPage(
  app: FastifyInstance,
  clientDist: string,
  request: FastifyRequest,
): Promise<{ status: number; html: string; styleSources: string[] }> {
  const index = await readFile(join(clientDist, 'index.html'), 'utf8');
  if (!index.includes(ROOT) || !hasServerEntry(clientDist)) {
    return { status: 200, html: index, styleSources: [] };
  }
  const { html: template, styleSources } = await inlineStyleSheets(index, clientDist);
  const entry = await serverEntry(clientDist);
  const page = await entry.render(request.url, {
    fetch: readThroughApp(app),
    signedOut: !request.cookies[SESSION_COOKIE],
    origin: `${request.protocol}://${request.host}`,
  });
  const html = template
    .replace(/<title>[^<]*<\/title>/, (original) => (page.title ?? original) + page.head)
    // A page with a description of its own replaces the site's default (index.html).
    .replace(/<meta\s+name="description"[^>]*>/, (original) => (page.head ? '' : original))
    .replace(ROOT, () => `<div id="root">${page.html}</div>`)
    .replace('</body>', () => `${page.state}</body>`);
  return { status: page.status, html, styleSources };
}
