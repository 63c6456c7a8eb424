import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoladaKpiSearch, KoladaStatus, MeasureComparison } from '@malbild/shared';
import { createRepositories } from '../src/db/repositories';
import {
  createKoladaRefresh,
  scheduleKoladaRefresh,
  similarMunicipalities,
} from '../src/kolada/refresh';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';
import {
  dataEntry,
  startKoladaStub,
  type KoladaStub,
  type StubAnswer,
} from './support/kolada-stub';

const MUNICIPALITY = '2085';
const DAY = 24 * 3_600_000;
const GROUP = { id: 'G2', title: 'Liknande kommuner, övergripande, Ludvika, 2025' };

/** What the stub answers; a test may switch a KPI to another answer. */
const kpiAnswers = new Map<string, (url: URL, base: string) => StubAnswer>([
  // Riket and the group over two pages (v3's next_url).
  [
    'N15505',
    (url, base) =>
      url.searchParams.get('page') === '2'
        ? { json: { values: [dataEntry('N15505', 'G2', 2022, 214.25, 7)], next_url: null } }
        : {
            json: {
              values: [
                dataEntry('N15505', '0000', 2021, 229.8),
                dataEntry('N15505', '0000', 2022, 231.4),
                dataEntry('N15505', 'G2', 2021, 210.5, 7),
                // Someone else's figure in the answer is not taken.
                dataEntry('N15505', '2085', 2022, 199),
              ],
              next_url: `${base}${url.pathname.replace(/^\/v3/, '')}?page=2`,
            },
          },
  ],
  ['N00002', () => ({ json: { values: [] } })],
  ['N00003', () => ({ status: 500 })],
  ['N00005', () => 'hang'],
]);

function answer(url: URL, base: string): StubAnswer {
  const path = url.pathname.replace(/^\/v3\//, '');
  if (path === `municipality/${MUNICIPALITY}`) {
    return { json: { values: [{ id: MUNICIPALITY, title: 'Ludvika', type: 'K' }] } };
  }
  if (path === 'municipality_groups') {
    return {
      json: {
        values: [
          { id: 'G1', title: 'Liknande kommuner, övergripande, Ludvika, 2024' },
          GROUP,
          { id: 'G3', title: 'Liknande kommuner grundskola, Ludvika, 2025' },
          { id: 'G9', title: 'Kommuner i Dalarnas län' },
        ],
      },
    };
  }
  if (path === 'kpi') {
    const title = url.searchParams.get('title') ?? '';
    if (title === 'finns inte') return { json: { values: [], next_page: null } };
    // Two pages, v2 style (next_page).
    return url.searchParams.get('page') === '2'
      ? { json: { values: [{ id: 'N15506', title: `${title} åk 9, kommunala skolor` }] } }
      : {
          json: {
            values: [{ id: 'N15505', title: `${title} åk 9`, description: 'Meritvärde' }],
            next_page: `${base}/kpi?title=${encodeURIComponent(title)}&page=2`,
          },
        };
  }
  const kpi = /^data\/kpi\/(\w+)\//.exec(path)?.[1] ?? '';
  return kpiAnswers.get(kpi)?.(url, base) ?? { status: 404 };
}

describe('comparison with Kolada', () => {
  let stub: KoladaStub;
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let controller: TestSession;
  let admin: TestSession;
  let editor: TestSession;

  beforeAll(async () => {
    stub = await startKoladaStub(answer);
    context = await createTestContext({ kolada: { baseUrl: stub.baseUrl } });
    await addUser(context.db, 'kontroller', ['controller']);
    await addUser(context.db, 'admin', ['admin']);
    await addUser(context.db, 'redaktor', ['unit_editor'], ['SOU']);
    controller = await signIn(context.app, 'kontroller');
    admin = await signIn(context.app, 'admin');
    editor = await signIn(context.app, 'redaktor');
  });
  afterAll(async () => {
    await context.app.close();
    await stub.close();
  });

  const get = (url: string, session: TestSession | null = null) =>
    asUser(context.app, session, { method: 'GET', url });
  const comparison = async (number: number) => {
    const response = await get(`/api/measures/${number}/comparison`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<MeasureComparison>();
  };
  const setKpi = async (number: number, koladaKpi: string | null) => {
    const { version } = (await get(`/api/measures/${number}/definition`, controller)).json();
    const response = await asUser(context.app, controller, {
      method: 'PATCH',
      url: `/api/measures/${number}/definition`,
      payload: { koladaKpi, version },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  /** The run function the schedule calls, with a "now" of the test's choosing. */
  const refreshAt = (options: { timeoutMs?: number } = {}) =>
    createKoladaRefresh(createRepositories(context.db), {
      kolada: { baseUrl: stub.baseUrl, timeoutMs: options.timeoutMs ?? 10_000 },
      intervalMs: DAY,
    });
  const status = async () => (await get('/api/kolada/status', controller)).json<KoladaStatus>();

  it('shows nothing before anything is fetched, and never asks Kolada on a read', async () => {
    const { version } = (await get('/api/organisation')).json();
    const profile = await asUser(context.app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { municipalityCode: MUNICIPALITY, version },
    });
    expect(profile.statusCode).toBe(200);
    await setKpi(1, 'N15505');
    await setKpi(3, 'N00002');
    await setKpi(4, 'N00003');
    stub.asked.length = 0;
    expect(await comparison(1)).toBeNull();
    expect(await comparison(2)).toBeNull();
    expect(stub.asked).toEqual([]);
    expect((await get('/api/measures/99/comparison')).statusCode).toBe(404);
  });

  it('fetches the country and the similar municipalities when due, over pages, with the date', async () => {
    const refresh = refreshAt();
    const now = new Date('2026-03-01T04:00:00.000Z');
    expect(await refresh.runIfDue(now)).toBe(true);
    expect(stub.asked.slice(0, 3)).toEqual([
      `/v3/municipality/${MUNICIPALITY}`,
      '/v3/municipality_groups?title=Ludvika',
      '/v3/data/kpi/N00002/municipality/0000,G2',
    ]);
    expect(stub.asked).toContain('/v3/data/kpi/N15505/municipality/0000,G2?page=2');

    expect(await comparison(1)).toEqual({
      source: 'Kolada',
      kpi: 'N15505',
      fetchedAt: now.toISOString(),
      series: [
        {
          kind: 'country',
          place: '0000',
          title: 'Riket',
          statistic: 'national',
          values: [
            { year: 2021, value: 229.8 },
            { year: 2022, value: 231.4 },
          ],
        },
        {
          kind: 'group',
          place: 'G2',
          title: GROUP.title,
          statistic: 'mean',
          values: [
            { year: 2021, value: 210.5 },
            { year: 2022, value: 214.25 },
          ],
        },
      ],
    });
    // Kolada had nothing for N00002, and answered N00003 with an error: no comparison, and
    // the state says which KPI failed.
    expect(await comparison(3)).toBeNull();
    expect(await comparison(4)).toBeNull();
    expect(await status()).toMatchObject({
      group: GROUP,
      chosenGroup: null,
      lastAttemptAt: now.toISOString(),
      lastSuccessAt: null,
      lastError: 'N00003: Kolada svarade med fel (HTTP 500). Inget sparades.',
      kpis: ['N00002', 'N00003', 'N15505'],
      running: false,
    });
  });

  it('waits an hour after a failed run, a day after a good one, and keeps figures Kolada fails to give', async () => {
    const refresh = refreshAt();
    expect(await refresh.runIfDue(new Date('2026-03-01T04:30:00.000Z'))).toBe(false);
    await setKpi(4, null);
    const good = new Date('2026-03-01T05:00:00.000Z');
    expect(await refresh.runIfDue(good)).toBe(true);
    expect((await status()).lastSuccessAt).toBe(good.toISOString());
    expect(await refresh.runIfDue(new Date('2026-03-02T04:59:00.000Z'))).toBe(false);

    kpiAnswers.set('N15506', kpiAnswers.get('N15505')!);
    const failing = kpiAnswers.get('N15505')!;
    kpiAnswers.set('N15505', () => ({ json: '<html>Underhåll</html>' }));
    try {
      const later = new Date('2026-03-02T05:00:00.000Z');
      expect(await refresh.runIfDue(later)).toBe(true);
      const kept = await comparison(1);
      expect(kept?.fetchedAt).toBe(good.toISOString());
      expect(kept?.series[0]?.values).toHaveLength(2);
      expect(await status()).toMatchObject({
        lastAttemptAt: later.toISOString(),
        lastSuccessAt: good.toISOString(),
        lastError: 'N15505: Kolada svarade med något som inte är JSON. Inget sparades.',
      });
    } finally {
      kpiAnswers.set('N15505', failing);
    }
  });

  it('answers pages while Kolada hangs, and gives up on it after the timeout', async () => {
    await setKpi(5, 'N00005');
    const refresh = refreshAt({ timeoutMs: 300 });
    const running = refresh.run(new Date('2026-03-03T05:00:00.000Z'));
    expect(refresh.running()).toBe(true);
    // Joins the running refresh instead of starting another.
    expect(refresh.run(new Date('2026-03-03T05:00:01.000Z'))).toBe(running);
    expect((await comparison(1))?.series).toHaveLength(2);
    await running;
    expect(refresh.running()).toBe(false);
    expect((await status()).lastError).toBe(
      'N00005: Kolada svarade inte i tid. Försök igen senare.',
    );
    await setKpi(5, null);
  });

  it('refreshes on demand for controllers only, rate-limited, and audited', async () => {
    const refresh = () =>
      asUser(context.app, controller, { method: 'POST', url: '/api/kolada/refresh' });
    expect(
      (await asUser(context.app, null, { method: 'POST', url: '/api/kolada/refresh' })).statusCode,
    ).toBe(401);
    expect(
      (await asUser(context.app, editor, { method: 'POST', url: '/api/kolada/refresh' }))
        .statusCode,
    ).toBe(403);
    const first = await refresh();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<KoladaStatus>()).toMatchObject({ lastError: null, running: false });
    expect((await comparison(1))?.fetchedAt).not.toBe('2026-03-01T05:00:00.000Z');
    const audit = context.db
      .prepare("SELECT actor FROM audit_log WHERE action = 'kolada_refreshed'")
      .all();
    expect(audit).toEqual([{ actor: 'kontroller' }]);
    // Three a minute from one address, the editor's refused one included.
    expect((await refresh()).statusCode).toBe(200);
    const limited = await refresh();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().message).toMatch(/^För många försök/);
  });

  it('lets an administrator choose the group, with a version', async () => {
    const groups = await get('/api/kolada/groups?title=Ludvika', admin);
    expect(groups.json()).toContainEqual({ id: 'G9', title: 'Kommuner i Dalarnas län' });
    expect((await get('/api/kolada/groups?title=Ludvika', controller)).statusCode).toBe(403);
    const { version } = await status();
    const choose = (session: TestSession, payload: object) =>
      asUser(context.app, session, { method: 'PUT', url: '/api/kolada/group', payload });
    const chosen = { id: 'G9', title: 'Kommuner i Dalarnas län' };
    expect((await choose(controller, { group: chosen, version })).statusCode).toBe(403);
    const response = await choose(admin, { group: chosen, version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<KoladaStatus>()).toMatchObject({ chosenGroup: chosen, group: chosen });
    const stale = await choose(admin, { group: null, version });
    expect(stale.statusCode).toBe(409);
    // Nothing fetched for the new group yet: the country alone, until the next refresh.
    expect((await comparison(1))?.series.map((s) => s.kind)).toEqual(['country']);
    expect((await choose(admin, { group: null, version: version + 1 })).statusCode).toBe(200);
    expect((await comparison(1))?.series.map((s) => s.kind)).toEqual(['country', 'group']);
  });

  it('searches Kolada for a KPI by title for controllers, over pages', async () => {
    const search = (title: string, session: TestSession | null = controller) =>
      get(`/api/kolada/kpis?title=${encodeURIComponent(title)}`, session);
    const found = await search('Meritvärde');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json<KoladaKpiSearch>()).toEqual({
      total: 2,
      hits: [
        { id: 'N15505', title: 'Meritvärde åk 9', description: 'Meritvärde' },
        { id: 'N15506', title: 'Meritvärde åk 9, kommunala skolor', description: null },
      ],
    });
    expect((await search('finns inte')).json()).toEqual({ total: 0, hits: [] });
    const short = await search('M');
    expect(short.statusCode).toBe(400);
    expect(short.json().fields[0].message).toBe('Skriv minst två tecken av nyckeltalets namn');
    expect((await search('Meritvärde', null)).statusCode).toBe(401);
    expect((await search('Meritvärde', editor)).statusCode).toBe(403);
  });

  it('the schedule asks in the background whether a refresh is due, until it is stopped', async () => {
    const checks: ((now: Date) => void)[] = [];
    const asked = new Promise<Date>((resolve) => checks.push(resolve));
    const stop = scheduleKoladaRefresh(
      {
        run: () => Promise.resolve(),
        running: () => false,
        runIfDue: (now) => {
          checks.forEach((check) => check(now));
          return Promise.resolve(false);
        },
      },
      5,
      context.app.log,
    );
    try {
      expect(await asked).toBeInstanceOf(Date);
    } finally {
      stop();
    }
  });

  it('finds the newest overall group of similar municipalities', () => {
    const groups = [
      { id: 'A', title: 'Liknande kommuner övergripande, Ludvika 2023' },
      { id: 'B', title: 'Liknande kommuner, övergripande, Ludvika, 2025' },
      { id: 'C', title: 'Liknande kommuner, övergripande, Ludvikaby, 2026' },
      { id: 'D', title: 'Liknande kommuner grundskola, Ludvika, 2026' },
    ];
    expect(similarMunicipalities(groups, 'Ludvika')?.id).toBe('B');
    expect(similarMunicipalities(groups, 'Borlänge')).toBeNull();
  });
});
