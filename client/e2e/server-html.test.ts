import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  ActivityDetail,
  MeasureWithAssessment,
  PeriodDetail,
} from '@malbild/shared';
import { copyBuiltClient } from '../../scripts/lib/build-client';
import { buildApp } from '../../server/src/app';
import { SESSION_COOKIE } from '../../server/src/auth/session-plugin';
import type { Db } from '../../server/src/db/connection';
import { createSeededDatabase, seed } from '../../server/test/helpers';

// The server renders the client's own React tree (client/src/entry-server.tsx, built into
// <dist>/ssr): these tests run the real build against the real API.

const STATE_BLOCK = /<script type="application\/json" id="query-state">([^]*?)<\/script>/;

interface DehydratedQuery {
  queryKey: unknown[];
  state: { data: unknown; status: string };
}

/** The embedded cache, read the way the browser does: the element ends at the first </script>. */
function embedded(html: string): DehydratedQuery[] {
  const match = STATE_BLOCK.exec(html);
  if (!match?.[1]) throw new Error('no query-state block');
  return (JSON.parse(match[1]) as { queries: DehydratedQuery[] }).queries;
}

const dataOf = (html: string, key: unknown[]) =>
  embedded(html).find((q) => JSON.stringify(q.queryKey) === JSON.stringify(key))?.state.data;

describe('server rendering of the public pages', () => {
  let app: FastifyInstance;
  let db: Db;
  let clientDist: string;
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    clientDist = join(mkdtempSync(join(tmpdir(), 'malbild-render-')), 'dist');
    // Builds the client first when its build is missing or older than its sources.
    copyBuiltClient(clientDist);
    db = createSeededDatabase();
    app = await buildApp({ db, clientDist });
  }, 300_000);
  afterAll(async () => {
    await app.close();
    db.close();
    rmSync(join(clientDist, '..'), { recursive: true, force: true });
  });

  it('renders / with its data embedded, under a strict CSP', async () => {
    const period = (await get('/api/periods/current')).json<PeriodDetail>();
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.body).toContain(`<p class="vision__text">${period.vision}</p>`);
    expect(response.body).toContain('<h1>Mål och resultat</h1>');
    // The municipality's name comes from the seed documents, through the profile.
    expect(response.body).toContain(`<title>Översikt – ${seed.organisation.name}</title>`);
    expect(dataOf(response.body, ['periods', 'current'])).toEqual(period);
    expect(dataOf(response.body, ['overview', 'latest'])).toEqual(
      (await get('/api/overview')).json(),
    );
    // No style attributes: the CSP would refuse them (style-src 'self').
    expect(response.body).not.toMatch(/ style="/);
  });

  it('compresses the page when the browser accepts it', async () => {
    const inject = (encoding: string) => get('/', { 'accept-encoding': encoding });
    const br = await inject('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    const plain = brotliDecompressSync(br.rawPayload).toString();
    expect(plain).toContain('<h1>Mål och resultat</h1>');
    const gzip = await inject('gzip, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toContain('<h1>Mål och resultat</h1>');
    expect((await inject('identity')).headers['content-encoding']).toBeUndefined();
  });

  it('inlines the style sheet, allowed by its hash and nothing else', async () => {
    const response = await get('/');
    const css = /<style>([^]*?)<\/style>/.exec(response.body)?.[1];
    expect(css).toBeDefined();
    expect(response.body).not.toContain('rel="stylesheet"');
    const hash = createHash('sha256').update(css!).digest('base64');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(csp).not.toContain('unsafe-inline');
    // An API answer keeps the plain policy.
    const api = String((await get('/api/measures')).headers['content-security-policy']);
    expect(api).not.toContain('sha256');
  });

  it('keeps a hostile text inside the data block and out of the markup', async () => {
    const hostile = `</script><script>alert("x")</script><!-- <b>&amp;</b> '\u2028`;
    const before = (await get('/')).body.match(/<script/g)?.length;
    db.prepare('UPDATE periods SET vision = ?').run(hostile);
    try {
      const html = (await get('/')).body;
      // The build's module script and the data block: nothing else became a script.
      expect(html.match(/<script/g)?.length).toBe(before);
      expect(html).toContain(
        '&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;!-- ' +
          '&lt;b&gt;&amp;amp;&lt;/b&gt; &#x27;',
      );
      const period = dataOf(html, ['periods', 'current']) as PeriodDetail;
      expect(period.vision).toBe(hostile);
    } finally {
      db.prepare('UPDATE periods SET vision = ?').run('Vision');
    }
  });

  it('renders a measure page with its name, figures and activities', async () => {
    const measure = (await get('/api/measures/7')).json<MeasureWithAssessment>();
    const html = (await get('/resultatmatt/7')).body;
    expect(html).toContain(`<h1>${measure.name}</h1>`);
    expect(html).toContain('<table class="data-table">');
    expect(html).toContain(
      `<title>${measure.name} – Resultatmått 7 – ${seed.organisation.name}</title>`,
    );
    expect(dataOf(html, ['measures', 7])).toEqual(measure);
    // Data that depends on other data (the history needs the measure) is there too.
    expect(dataOf(html, ['measures', 7, 'history'])).toBeDefined();
    expect(dataOf(html, ['activities', { measure: 7 }])).toBeDefined();
  });

  // Finding 12 of the hardening review: a name with "$&" broke a title made by string replacement.
  it('writes a measure name with $& and markup into the title as it is', async () => {
    const name = 'Andel $& $1 $` <b>elever</b> & föräldrar';
    db.prepare('UPDATE measures SET name = ? WHERE number = 7').run(name);
    try {
      const html = (await get('/resultatmatt/7')).body;
      expect(html).toContain(
        `<title>Andel $&amp; $1 $\` &lt;b&gt;elever&lt;/b&gt; &amp; föräldrar – Resultatmått 7 – ${seed.organisation.name}</title>`,
      );
      expect(html.match(/<title>/g)).toHaveLength(1);
    } finally {
      db.prepare('UPDATE measures SET name = ? WHERE number = 7').run(
        seed.measures.find((m) => m.number === 7)?.name ?? '',
      );
    }
  });

  it('renders a goal page with its description and its measures', async () => {
    const period = (await get('/api/periods/current')).json<PeriodDetail>();
    const goal = period.areas[0]!.goals[0]!;
    const html = (await get(`/mal/${goal.id}`)).body;
    expect(html).toContain(`<h1>${goal.name}</h1>`);
    expect(html).toContain(`<p>${goal.description[0]}</p>`);
    for (const number of goal.measureNumbers) {
      expect(html).toContain(`href="/resultatmatt/${number}"`);
    }
  });

  it('renders the activities with the filters of the address', async () => {
    const activities = (await get('/api/activities?year=2023&unit=SOU')).json<Activity[]>();
    const html = (await get('/malaktiviteter?ar=2023&enhet=SOU')).body;
    expect(html).toContain('<h1>Målaktiviteter</h1>');
    expect(activities.length).toBeGreaterThan(0);
    expect(html).toContain(activities[0]!.text.replace(/&/g, '&amp;'));
  });

  it('renders an activity at its address with its own title and description', async () => {
    const activity = (await get('/api/activities/1')).json<ActivityDetail>();
    const html = (await get('/malaktiviteter/1')).body;
    const escaped = (text: string) => text.replace(/&/g, '&amp;');
    expect(html).toContain(`<h1>${escaped(activity.text)}</h1>`);
    expect(html).toMatch(
      new RegExp(
        `<title>[^<]*Målaktivitet ${activity.year}, resultatmått ${activity.measureNumber}`,
      ),
    );
    expect(html.match(/<meta name="description"[^>]*>/g)).toEqual([
      expect.stringContaining(`content="Målaktivitet ${activity.year} (${activity.unitsRaw})`),
    ]);
  });

  it('names the document and page of a follow-up the documents report', async () => {
    const reported = (await get('/api/activities?year=2023'))
      .json<Activity[]>()
      .filter((a) => a.followUp?.source);
    expect(reported.length).toBeGreaterThan(0);
    for (const { id, followUp } of reported) {
      const html = (await get(`/malaktiviteter/${id}`)).body;
      const { title, page } = followUp!.source!;
      expect(html).toContain(`Källa: ${title}, s. ${page}.`);
    }
  });

  it('renders a unit’s plan as the public sees it', async () => {
    const activities = (await get('/api/activities?year=2024&unit=SOU')).json<Activity[]>();
    const html = (await get('/plan?ar=2024&enhet=SOU')).body;
    expect(html).toContain('Plan för målaktiviteter 2024');
    expect(html).toContain('<table');
    expect(html).toContain(activities[0]!.text.replace(/&/g, '&amp;'));
  });

  it.each([
    '/nope',
    '/resultatmatt/9999',
    '/mal/9999',
    '/resultatmatt/x',
    '/a/b/c',
    '/malaktiviteter/999999',
  ])('answers %s with 404 and the rendered not-found page', async (url) => {
    const response = await get(url);
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toMatch(
      /<h1>(Sidan|Resultatmåttet|Verksamhetsmålet|Målaktiviteten) finns inte<\/h1>/,
    );
  });

  it('renders a signed-in page as its shell, without anyone’s data', async () => {
    const response = await get('/inmatning', { cookie: `${SESSION_COOKIE}=someone` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="root"><a class="skip-link"');
    // With a session cookie the session is left to the browser; without one it is known.
    expect(embedded(response.body).map((q) => q.queryKey[0])).not.toContain('auth');
    expect(dataOf((await get('/inmatning')).body, ['auth', 'session'])).toEqual({
      user: null,
      csrfToken: null,
    });
  });

  it('does not serve the server bundle as a file', async () => {
    expect((await get('/ssr/entry-server.js')).statusCode).toBe(404);
  });
});
