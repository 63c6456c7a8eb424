import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Open data: a page on any site may read the API (GET, HEAD) from the browser. `*` is the
 * anonymous visitor's answer: browsers never send cookies with it (there is no
 * Allow-Credentials), so another site cannot read what a signed-in user sees, and its preflight
 * allows no write method and no X-CSRF-Token header — writes stay same-site, and need the
 * session's CSRF token anyway (auth/session-plugin.ts). Pages themselves get no CORS headers.
 */
export async function registerOpenDataCors(app: FastifyInstance): Promise<void> {
  await app.register(cors, {
    delegator: (request, callback) => {
      const api = request.url === '/api' || request.url.startsWith('/api/');
      callback(null, {
        origin: api ? '*' : false,
        methods: ['GET', 'HEAD'],
        // Never reflected: only what a reader needs, so no X-CSRF-Token from another site.
        allowedHeaders: ['Accept', 'If-None-Match'],
        maxAge: 86_400,
      });
    },
  });
}
