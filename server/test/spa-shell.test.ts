import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureWithAssessment, PeriodDetail } from '@malbild/shared';
import { buildApp } from '../src/app';
import type { Db } from '../src/db/connection';
import { createSeededDatabase } from './helpers';

// index.html as Vite builds it, in the parts the server fills in.
const TEMPLATE =
  '<!doctype html><html lang="sv"><head><title>Målbild – mål och resultat</title>' +
  '<script type="module" crossorigin src="/assets/index-abc.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head>' +
  '<body><div id="root"></div><noscript>JavaScript</noscript></body></html>';

const DATA_BLOCK = /<script type="application\/json" id="initial-data">([^]*?)<\/script>/;

/** The embedded answers, read the way the browser does: the element ends at the first </script>. */
function embedded(html: string): Record<string, unknown> {
  const match = DATA_BLOCK.exec(html);
  if (!match?.[1]) throw new Error('no initial-data block');
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('the first paint of the public pages', () => {
  let app: FastifyInstance;
  let db: Db;
  let clientDist: string;
  const get = (url: string) => app.inject({ method: 'GET', url });

  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'malbild-shell-'));
    writeFileSync(join(clientDist, 'index.html'), TEMPLATE);
    db = createSeededDatabase();
    app = await buildApp({ db, clientDist });
  });
  afterAll(async () => {
    await app.close();
    db.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  it('renders the vision into / and embeds the API answers it starts from', async () => {
    const period = (await get('/api/periods/current')).json<PeriodDetail>();
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(String(response.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(response.body).toContain(`<p class="vision__text">${period.vision}</p>`);
    expect(response.body).toContain('<h1>Mål och resultat</h1>');
    expect(response.body).toContain('<title>Översikt – Målbild</title>');
    expect(embedded(response.body)).toEqual({
      '/api/periods/current': period,
      '/api/overview': (await get('/api/overview')).json(),
    });
  });

  it('compresses the page when the browser accepts it and preloads the style sheet', async () => {
    const plain = (await get('/')).body;
    const inject = (encoding: string) =>
      app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': encoding } });
    const br = await inject('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain);
    const gzip = await inject('gzip, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain);
    expect((await inject('identity')).headers['content-encoding']).toBeUndefined();
    expect(br.headers.link).toBe('</assets/index-abc.css>; rel=preload; as=style; crossorigin');
  });

  it('keeps a hostile text inside the data block and out of the markup', async () => {
    const hostile = `</script><script>alert("x")</script><!-- <b>&amp;</b> '\u2028`;
    db.prepare('UPDATE periods SET vision = ?').run(hostile);
    try {
      const html = (await get('/')).body;
      // The template's module script and the data block: nothing else became a script.
      expect(html.match(/<script/g)).toHaveLength(2);
      expect(html).not.toContain('<!--');
      expect(html).toContain(
        '&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;!-- ' +
          '&lt;b&gt;&amp;amp;&lt;/b&gt; &#39;',
      );
      const period = embedded(html)['/api/periods/current'] as PeriodDetail;
      expect(period.vision).toBe(hostile);
    } finally {
      db.prepare('UPDATE periods SET vision = ?').run('Vision');
    }
  });

  it('renders a measure page with its name and figures', async () => {
    const measure = (await get('/api/measures/7')).json<MeasureWithAssessment>();
    const html = (await get('/resultatmatt/7')).body;
    expect(html).toContain(`<h1>${measure.name}</h1>`);
    expect(html).toContain('<table class="data-table">');
    expect(html).toContain(`<title>Resultatmått 7: ${measure.name} – Målbild</title>`);
    expect(embedded(html)).toEqual({ '/api/measures/7': measure });
  });

  it('renders a goal page with its description', async () => {
    const period = (await get('/api/periods/current')).json<PeriodDetail>();
    const goal = period.areas[0]!.goals[0]!;
    const html = (await get(`/mal/${goal.id}`)).body;
    expect(html).toContain(`<h1>${goal.name}</h1>`);
    expect(html).toContain(`<p>${goal.description[0]}</p>`);
  });

  it.each(['/resultatmatt/9999', '/mal/9999', '/resultatmatt/x', '/logga-in', '/?ar=2021x'])(
    'sends %s without a shell when it has none',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      if (url.startsWith('/?')) {
        expect(response.body).toContain('class="vision__text"');
        expect(Object.keys(embedded(response.body))).toEqual(['/api/periods/current']);
      } else {
        expect(response.body).toBe(TEMPLATE);
      }
    },
  );
});
