import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const HASHED_ASSETS = `${sep}assets${sep}`;

export function hasSpa(clientDist: string | undefined): clientDist is string {
  return clientDist !== undefined && existsSync(join(clientDist, 'index.html'));
}

/** Serves the built client: hashed assets cached forever, everything else revalidated. */
export async function registerSpa(app: FastifyInstance, clientDist: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: clientDist,
    // Serve what is on disk at request time: a rebuild of the client while the server runs
    // (new hashed names) must not need a restart.
    wildcard: true,
    cacheControl: false,
    setHeaders(reply, filePath) {
      const immutable = filePath.includes(HASHED_ASSETS);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/**
 * Client-side routes (/matt/7) are answered with index.html; /api paths and missing files
 * (/assets/gone.js) are not, so a broken link fails loudly instead of returning HTML.
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

export function sendSpaIndex(reply: FastifyReply): FastifyReply {
  return reply.sendFile('index.html');
}
