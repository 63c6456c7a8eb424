import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryYear, ImportCommitResult, ImportPreview, MeasureHistory } from '@malbild/shared';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';
import { commitPreview, valueTables } from './import-helpers';

// A stand-in for Kolada on 127.0.0.1, answering in its format: { values: [{ kpi, municipality,
// period, values: [{ gender, status, value, count }] }], next_url }.

const MUNICIPALITY = '2085';
type Handler = (url: URL, response: ServerResponse) => void;

const entry = (
  kpi: string,
  period: number,
  value: number | null,
  status: string | null = null,
) => ({
  kpi,
  municipality: MUNICIPALITY,
  period,
  values: [
    { gender: 'K', status: null, value: value === null ? null : value / 2, count: 1 },
    { gender: 'T', status, value, count: 1 },
    { gender: 'M', status: null, value: value === null ? null : value / 2, count: 1 },
  ],
});

const json = (response: ServerResponse, body: unknown) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Each KPI is a scenario; the stub records every path it was asked for. */
function handlers(base: () => string): Record<string, Handler> {
  return {
    // Two pages, v3 style.
    N01951: (url, response) =>
      url.searchParams.get('page') === '2'
        ? json(response, { values: [entry('N01951', 2023, 26120.4)], next_url: null })
        : json(response, {
            values: [entry('N01951', 2022, 26383)],
            next_url: `${base()}${url.pathname}?page=2`,
          }),
    // Two pages, v2 style (next_page).
    N00002: (url, response) =>
      url.searchParams.get('page') === '2'
        ? json(response, { values: [entry('N00002', 2023, 140)] })
        : json(response, { values: [], next_page: `${base()}${url.pathname}?page=2` }),
    N00003: (_url, response) => json(response, { values: [], next_url: null }),
    N00004: (_url, response) =>
      json(response, {
        values: [entry('N00004', 2022, null), entry('N00004', 2023, 90, 'Ej tillgänglig')],
      }),
    // Never answers: the connection stays open until the stub closes it.
    N00005: () => undefined,
    N00006: (_url, response) => json(response, '<html>Underhåll pågår</html>'),
    N00007: (_url, response) => json(response, { data: [1, 2, 3] }),
    N00008: (_url, response) =>
      json(response, { values: [], next_url: 'http://example.org/elsewhere' }),
  };
}

describe('Kolada import', () => {
  let stub: Server;
  let stubUrl = '';
  const asked: string[] = [];
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let controller: TestSession;
  let admin: TestSession;

  beforeAll(async () => {
    const routes = handlers(() => stubUrl);
    stub = createServer((request: IncomingMessage, response: ServerResponse) => {
      const url = new URL(request.url ?? '/', stubUrl);
      asked.push(url.pathname + url.search);
      const kpi = /\/data\/kpi\/(\w+)\//.exec(url.pathname)?.[1] ?? '';
      const route = routes[kpi];
      if (route) route(url, response);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
    // Kolada's own timeout: however loaded the machine, the stub answers well within it.
    context = await createTestContext({ kolada: { baseUrl: `${stubUrl}/v3` } });
    await addUser(context.db, 'kontroller', ['controller']);
    await addUser(context.db, 'admin', ['admin']);
    await addUser(context.db, 'redaktor', ['unit_editor'], ['SOU']);
    controller = await signIn(context.app, 'kontroller');
    admin = await signIn(context.app, 'admin');
  });
  afterAll(async () => {
    await context.app.close();
    stub.closeAllConnections();
    await new Promise((resolve) => stub.close(resolve));
  });

  const koladaPreview = (body: object, session: TestSession | null = controller) =>
    asUser(context.app, session, {
      method: 'POST',
      url: '/api/imports/kolada/preview',
      payload: body,
    });
  const setKpi = async (number: number, koladaKpi: string | null) => {
    const { version } = (
      await asUser(context.app, controller, {
        method: 'GET',
        url: `/api/measures/${number}/definition`,
      })
    ).json();
    const response = await asUser(context.app, controller, {
      method: 'PATCH',
      url: `/api/measures/${number}/definition`,
      payload: { koladaKpi, version },
    });
    expect(response.statusCode, response.body).toBe(200);
  };
  const setMunicipality = async (municipalityCode: string | null, session = admin) => {
    const { version } = (
      await asUser(context.app, null, { method: 'GET', url: '/api/organisation' })
    ).json();
    return asUser(context.app, session, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { municipalityCode, version },
    });
  };

  it('needs the municipality code, which only an administrator may set', async () => {
    await setKpi(8, 'N01951');
    const before = await koladaPreview({ years: [2022] });
    expect(before.statusCode).toBe(400);
    expect(before.json().message).toBe(
      'Kommunkoden är inte angiven. En administratör anger den först.',
    );

    expect((await setMunicipality(MUNICIPALITY, controller)).statusCode).toBe(403);
    const bad = await setMunicipality('20850');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].message).toBe('Kommunkoden har fyra siffror, t.ex. 0180');
    const set = await setMunicipality(MUNICIPALITY);
    expect(set.json()).toMatchObject({ municipalityCode: MUNICIPALITY, version: 2 });
    const stale = await asUser(context.app, admin, {
      method: 'PUT',
      url: '/api/organisation',
      payload: { municipalityCode: '0180', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.municipalityCode).toBe(MUNICIPALITY);
  });

  it('follows next_url over two pages, takes the total, rounds to the measure and commits with history', async () => {
    asked.length = 0;
    const response = await koladaPreview({ years: [2023, 2022], measures: [8] });
    expect(response.statusCode, response.body).toBe(200);
    expect(asked).toEqual([
      '/v3/data/kpi/N01951/municipality/2085/year/2022,2023',
      '/v3/data/kpi/N01951/municipality/2085/year/2022,2023?page=2',
    ]);
    const preview = response.json<ImportPreview>();
    expect(preview.rows.map((r) => [r.year, r.status, r.values[0]?.new])).toEqual([
      [2022, 'changed', { value: 26383, status: 'final', note: null, dataSource: 'Kolada N01951' }],
      [2023, 'new', { value: 26120, status: 'final', note: null, dataSource: 'Kolada N01951' }],
    ]);
    const commit = await commitPreview(context.app, controller, preview.id, 'all-or-nothing');
    expect(commit.json<ImportCommitResult>().written).toEqual({ outcomes: 2, targets: 0 });
    const history = (
      await asUser(context.app, null, { method: 'GET', url: '/api/measures/8/history' })
    ).json<MeasureHistory>();
    expect(history.changes.slice(0, 2).map((c) => [c.year, c.reason])).toEqual([
      [2023, 'Import: Kolada (kommun 2085)'],
      [2022, 'Import: Kolada (kommun 2085)'],
    ]);
    const again = (
      await koladaPreview({ years: [2022, 2023], measures: [8] })
    ).json<ImportPreview>();
    expect(again.summary).toMatchObject({ unchanged: 2, new: 0, changed: 0 });
  });

  it('follows v2 next_page, and skips years with no value, a null value or a status flag', async () => {
    await setKpi(3, 'N00002');
    await setKpi(4, 'N00003');
    await setKpi(5, 'N00004');
    const response = await koladaPreview({ years: [2022, 2023], measures: [3, 4, 5] });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json<ImportPreview>();
    expect(preview.rows.map((r) => [r.measureNumber, r.year, r.status, r.notice])).toEqual([
      [3, 2022, 'skipped', 'Kolada har inget värde för 2022 ännu.'],
      [3, 2023, 'invalid', null],
      [4, 2022, 'skipped', 'Kolada har inget värde för 2022 ännu.'],
      [4, 2023, 'skipped', 'Kolada har inget värde för 2023 ännu.'],
      [5, 2022, 'skipped', 'Kolada har inget värde för året.'],
      [5, 2023, 'skipped', 'Kolada markerar värdet (Ej tillgänglig); det importeras inte.'],
    ]);
    // 140 % is out of range: Kolada's figures go through the same checks as a file's.
    expect(preview.rows[1]?.errors).toEqual([
      { path: 'Utfall', message: 'Värdet får inte vara högre än 100' },
    ]);
  });

  describe('a failing Kolada writes nothing and stores no preview', () => {
    const cases = [
      {
        kpi: 'N00006',
        status: 502,
        message: 'Kolada svarade med något som inte är JSON. Inget sparades.',
      },
      {
        kpi: 'N00007',
        status: 502,
        message: 'Kolada svarade i ett oväntat format. Inget sparades.',
      },
      {
        kpi: 'N00008',
        status: 502,
        message: 'Kolada hänvisade till en annan webbplats. Inget sparades.',
      },
    ];
    async function expectNothingStored(kpi: string, status: number, message: string) {
      await setKpi(9, kpi);
      const before = valueTables(context.db);
      const imports = () => context.db.prepare('SELECT count(*) AS n FROM imports').get();
      const stored = imports();
      // Measure 8 answers well: its values must not be written either.
      const response = await koladaPreview({ years: [2023, 2024], measures: [8, 9] });
      expect(response.statusCode).toBe(status);
      expect(response.json()).toEqual({ error: expect.any(String), message });
      expect(valueTables(context.db)).toBe(before);
      expect(imports()).toEqual(stored);
    }

    it.each(cases)('$kpi → $status', ({ kpi, status, message }) =>
      expectNothingStored(kpi, status, message),
    );

    it('N00005, which never answers → 504 when the timeout has passed', async () => {
      // Its own app with a short timeout: a Kolada that never answers fails after it, however
      // fast or slow the machine is, and no other test depends on how short it is.
      const fast = context;
      context = await createTestContext({ kolada: { baseUrl: `${stubUrl}/v3`, timeoutMs: 200 } });
      try {
        await addUser(context.db, 'kontroller', ['controller']);
        await addUser(context.db, 'admin', ['admin']);
        controller = await signIn(context.app, 'kontroller');
        admin = await signIn(context.app, 'admin');
        expect((await setMunicipality(MUNICIPALITY)).statusCode).toBe(200);
        await setKpi(8, 'N01951');
        await expectNothingStored('N00005', 504, 'Kolada svarade inte i tid. Försök igen senare.');
      } finally {
        await context.app.close();
        context = fast;
        controller = await signIn(context.app, 'kontroller');
        admin = await signIn(context.app, 'admin');
      }
    });
  });

  it('refuses measures without a Kolada id, and unknown ones', async () => {
    const without = await koladaPreview({ years: [2023], measures: [1] });
    expect(without.statusCode).toBe(400);
    expect(without.json().message).toBe('Resultatmått 1 har inget Kolada-id.');
    expect((await koladaPreview({ years: [2023], measures: [99] })).json().message).toBe(
      'Resultatmått 99 finns inte.',
    );
    expect((await koladaPreview({ years: [] })).statusCode).toBe(400);
  });

  it('is for controllers and administrators only', async () => {
    const editor = await signIn(context.app, 'redaktor');
    expect((await koladaPreview({ years: [2023] }, null)).statusCode).toBe(401);
    expect((await koladaPreview({ years: [2023] }, editor)).statusCode).toBe(403);
    const rows = (
      await asUser(context.app, controller, { method: 'GET', url: '/api/entry/2023' })
    ).json<EntryYear>().rows;
    expect(rows[8]?.outcome).toBeNull();
  });
});
