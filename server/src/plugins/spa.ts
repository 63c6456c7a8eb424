import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasServerEntry, renderPage, SERVER_ENTRY, serverEntry } from './render';
import { allowFramingOfEmbeds } from './security';

const HASHED_ASSETS = `${sep}assets${sep}`;
// Vite writes its style sheets as <link rel="stylesheet" crossorigin href="/assets/…">.
const STYLESHEET = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+)"/g;
const PRELOAD_STYLE = 'rel=preload; as=style; crossorigin';

export function hasSpa(clientDist: string | undefined): clientDist is string {
  return clientDist !== undefined && existsSync(join(clientDist, 'index.html'));
}

const SERVER_BUNDLE = `/${dirname(SERVER_ENTRY)}/`;

/** Serves the built client: hashed assets cached forever, everything else revalidated. */
export async function registerSpa(app: FastifyInstance, clientDist: string): Promise<void> {
  if (hasServerEntry(clientDist)) {
    // Loaded now, not by the first visitor; a broken bundle fails that visitor's page (500).
    serverEntry(clientDist).catch(() => undefined);
  } else {
    app.log.warn(
      `${join(clientDist, SERVER_ENTRY)} saknas: sidorna skickas utan innehåll (npm run build)`,
    );
  }
  await app.register(fastifyStatic, {
    root: clientDist,
    // The server's own bundle of the app is code for the renderer, not a file for browsers.
    allowedPath: (pathName) => !pathName.startsWith(SERVER_BUNDLE),
    // Serve what is on disk at request time: a rebuild of the client while the server runs
    // (new hashed names) must not need a restart.
    wildcard: true,
    // The build writes .br and .gz beside each script and style sheet (vite.config.ts).
    preCompressed: true,
    // "/" is a page like the others (sendPage below), rendered by the server.
    index: false,
    cacheControl: false,
    setHeaders(reply, filePath) {
      const immutable = filePath.includes(HASHED_ASSETS);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // Before the static wildcard, which would answer the directory.
  app.get('/', { schema: { hide: true } }, (request, reply) =>
    sendPage(app, clientDist, request, reply),
  );
}

/**
 * Pages (/resultatmatt/7, and unknown ones, which render the not-found page) are answered with
 * index.html; /api paths and missing files (/assets/gone.js) are not, so a broken link fails
 * loudly instead of returning HTML.
 */
export function isSpaRoute(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return (
    request.method === 'GET' &&
    path !== '/api' &&
    !path.startsWith('/api/') &&
    !lastSegment.includes('.')
  );
}

/** "gzip, br;q=0" → {gzip}: the codings an Accept-Encoding header allows. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const codings = (header ?? '').split(',').map((part) => {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { coding, allowed: q === undefined || Number(q.slice(2)) > 0 };
  });
  return new Set(codings.filter((c) => c.allowed).map((c) => c.coding));
}

/**
 * The page rendered into index.html (plugins/render.ts), revalidated on every visit like the
 * file itself; read from disk each time, so a rebuilt client needs no restart.
 */
export async function sendPage(
  app: FastifyInstance,
  clientDist: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const { status, html, styleSources } = await renderPage(app, clientDist, request);
  reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache');
  allowFramingOfEmbeds(request, reply);
  const csp = reply.getHeader('content-security-policy');
  if (styleSources.length > 0 && typeof csp === 'string') {
    // The inline style sheets by their hashes: nothing inline that the server did not put there.
    const allowed = csp.replace(/style-src ([^;]*)/, (_, sources: string) =>
      ['style-src', sources, ...styleSources].join(' '),
    );
    reply.header('content-security-policy', allowed);
  }
  // A style sheet left linked blocks the first paint: asked for before the parser finds scripts.
  const styles = [...html.matchAll(STYLESHEET)].map(([, href]) => `<${href}>; ${PRELOAD_STYLE}`);
  if (styles.length > 0) reply.header('link', styles.join(', '));
  reply.header('vary', 'accept-encoding');
  // A page with its data is tens of kB: compressed, a slow line shows it sooner. Brotli at a
  // quality that takes about a millisecond.
  const accepted = acceptedEncodings(request.headers['accept-encoding']);
  if (accepted.has('br')) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: 5 };
    return reply.header('content-encoding', 'br').send(brotliCompressSync(html, { params }));
  }
  if (accepted.has('gzip')) {
    return reply.header('content-encoding', 'gzip').send(gzipSync(html));
  }
  return reply.send(html);
}
