import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-plugin';

// Server rendering of the client's own React tree: the client's server bundle
// (client/src/entry-server.tsx, built by `vite build --ssr` into <client build>/ssr) renders the
// page at the request's URL with its data, read through this app's own routes, and the result
// goes into the client's index.html, where the browser hydrates it.

/** The client bundle's export (plain JavaScript on disk: its types are restated here). */
interface ServerEntry {
  render(
    url: string,
    options: {
      fetch: (url: string, init: RequestInit) => Promise<Response>;
      signedOut: boolean;
    },
  ): Promise<{ status: number; title: string | undefined; html: string; state: string }>;
}

export const SERVER_ENTRY = join('ssr', 'entry-server.js');
const ROOT = '<div id="root"></div>';

export function hasServerEntry(clientDist: string): boolean {
  return existsSync(join(clientDist, SERVER_ENTRY));
}

const loaded = new Map<string, { mtimeMs: number; entry: Promise<ServerEntry> }>();

/** The bundle as it is on disk now: a rebuild of the client while the server runs needs no restart. */
async function serverEntry(clientDist: string): Promise<ServerEntry> {
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
 * index.html with the page at the request's URL rendered into #root, its title and its data, and
 * the status the page asks for (404 for one that does not exist). A build without the server
 * bundle, or a template without #root, is sent as it is.
 */
export async function renderPage(
  app: FastifyInstance,
  clientDist: string,
  request: FastifyRequest,
): Promise<{ status: number; html: string; template: string }> {
  const template = await readFile(join(clientDist, 'index.html'), 'utf8');
  if (!template.includes(ROOT) || !hasServerEntry(clientDist)) {
    return { status: 200, html: template, template };
  }
  const { render } = await serverEntry(clientDist);
  const page = await render(request.url, {
    fetch: readThroughApp(app),
    signedOut: !request.cookies[SESSION_COOKIE],
  });
  const html = template
    .replace(/<title>[^<]*<\/title>/, (original) => page.title ?? original)
    .replace(ROOT, () => `<div id="root">${page.html}</div>`)
    .replace('</body>', () => `${page.state}</body>`);
  return { status: page.status, html, template };
}
