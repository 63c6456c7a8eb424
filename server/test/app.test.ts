import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ErrorResponse } from '@malbild/shared';
import { createTestApp, getJson } from './helpers';

const API_ROUTES = [
  '/api/health',
  '/api/periods',
  '/api/periods/current',
  '/api/measures',
  '/api/measures/{number}',
  '/api/activities',
  '/api/units',
];

describe('the API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
    // Errors a handler can raise beyond the router's own validation.
    app.get('/api/test/zod', () => z.object({ year: z.number() }).parse({ year: 'x' }));
    app.get('/api/test/crash', () => {
      throw new Error('secret internals');
    });
  });
  afterAll(() => app.close());

  it('reports health', async () => {
    expect(await getJson(app, '/api/health')).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
  });

  it('answers 404 JSON for an unknown /api path', async () => {
    const { status, body } = await getJson<ErrorResponse>(app, '/api/nope');
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'Not Found', message: 'Adressen /api/nope finns inte' });
  });

  it('maps a ZodError raised in a handler to 400, not 500', async () => {
    const { status, body } = await getJson<ErrorResponse>(app, '/api/test/zod');
    expect(status).toBe(400);
    expect(body.fields).toEqual([{ path: 'year', message: 'Ange ett tal' }]);
  });

  it.each([
    ['malformed JSON', 'application/json', '{"username":', 400, /inte giltig JSON/],
    ['an empty JSON body', 'application/json', '', 400, /är tom/],
    [
      'a body over 1 MiB',
      'application/json',
      JSON.stringify({ username: 'a'.repeat(2 ** 20) }),
      413,
      /för stor/,
    ],
    ['a type the API does not read', 'application/xml', '<login/>', 415, /JSON/],
  ])('answers %s in Swedish, as every refusal', async (_what, type, payload, status, message) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': type },
      payload,
    });
    expect(response.statusCode).toBe(status);
    expect(response.json<ErrorResponse>().message).toMatch(message);
  });

  it('hides the details of a 500', async () => {
    const { status, body } = await getJson<ErrorResponse>(app, '/api/test/crash');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it('documents every route in the OpenAPI JSON', async () => {
    const { status, body } = await getJson<{ paths: Record<string, { get: object }> }>(
      app,
      '/api/openapi.json',
    );
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(API_ROUTES));
    for (const route of API_ROUTES) {
      expect(body.paths[route]?.get, route).toHaveProperty('responses.200');
    }
  });

  it('sends security headers with a CSP that does not upgrade to HTTPS', async () => {
    const { headers } = await getJson(app, '/api/health');
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
  });

  it('leads /api/docs, the old address of the documentation, to the page in Swedish', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('/api-dokumentation');
  });
});

describe('the SPA', () => {
  let app: FastifyInstance;
  let clientDist: string;
  const html = '<!doctype html><title>Målbild</title>';

  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'malbild-dist-'));
    mkdirSync(join(clientDist, 'assets'));
    writeFileSync(join(clientDist, 'index.html'), html);
    writeFileSync(join(clientDist, 'assets', 'index-a1b2c3.js'), 'console.log(1)');
    app = await createTestApp({ clientDist });
  });
  afterAll(async () => {
    await app.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  it.each(['/', '/matt/7', '/aktiviteter?year=2024'])(
    'answers %s with index.html, not cached',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(html);
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it('caches hashed assets for good', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-a1b2c3.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers 404 for a missing file and for an unknown /api path', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/gone.js' })).statusCode).toBe(404);
    const api = await getJson<ErrorResponse>(app, '/api/nope');
    expect(api.status).toBe(404);
    expect(api.body.error).toBe('Not Found');
  });
});
