import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc, { type Arbitrary } from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Role } from '@malbild/shared';
import { buildApp, type BuildAppOptions } from '../src/app';
import { hashPassword } from '../src/auth/password';
import type { Db } from '../src/db/connection';
import { createGroupMappingQueries } from '../src/db/identity-groups';
import { createRepositories } from '../src/db/repositories';
import { createUserQueries } from '../src/db/users';
import { createSeededDatabase, TEST_SCRYPT_N } from './helpers';
import { PASSWORD } from './session-helpers';
import { parseTrustProxy } from '../src/trust-proxy';
import { apiRoutes, registeredRoutes, type ApiRoute } from './support/api-routes';
import { changeCounter, createTableDigest } from './support/db-checksum';
import { anyValue, fuzzValue, schemaArbitrary } from './support/schema-arbitrary';

// Security properties of the whole API, with the routes read from the app itself: a route another
// engineer adds later is fuzzed and must find its place in the authorization matrix.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Kolada stands in on loopback, so that no test ever reaches the real service. */
async function startFakeKolada(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ values: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Session {
  cookie: string;
  csrfToken: string;
}

class SecurityContext {
  private signIns = 0;
  constructor(
    readonly app: FastifyInstance,
    readonly db: Db,
    private readonly kolada: Server,
  ) {}

  static async start(options: Omit<BuildAppOptions, 'db' | 'kolada'> = {}) {
    const kolada = await startFakeKolada();
    const db = createSeededDatabase();
    const app = await buildApp({
      db,
      kolada: { baseUrl: kolada.baseUrl },
      scryptN: TEST_SCRYPT_N,
      ...options,
    });
    return new SecurityContext(app, db, kolada.server);
  }

  async addUser(username: string, roles: Role[], units: string[] = []) {
    return createUserQueries(this.db).create({
      username,
      displayName: username,
      passwordHash: await hashPassword(PASSWORD, TEST_SCRYPT_N),
      roles,
      units,
    });
  }

  /** Signs in from an address of its own, so the sign-in rate limit never gets in the way. */
  async signIn(username: string): Promise<Session> {
    this.signIns += 1;
    const response = await this.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: `127.0.${Math.floor(this.signIns / 250)}.${(this.signIns % 250) + 1}`,
      payload: { username, password: PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'malbild_session');
    return { cookie: `malbild_session=${cookie?.value}`, csrfToken: response.json().csrfToken };
  }

  request(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers = {
      ...options.headers,
      ...(session && { cookie: session.cookie, 'x-csrf-token': session.csrfToken }),
    };
    return this.app.inject({ ...options, headers });
  }

  async close() {
    await this.app.close();
    this.db.close();
    await new Promise((resolve) => this.kolada.close(resolve));
  }
}

describe('security headers', () => {
  let context: SecurityContext;
  const clientDist = mkdtempSync(join(tmpdir(), 'malbild-spa-'));
  beforeAll(async () => {
    mkdirSync(join(clientDist, 'assets'));
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(clientDist, 'assets/index-abc123.js'), 'console.log(1)');
    context = await SecurityContext.start({ clientDist });
  });
  afterAll(async () => {
    await context.close();
    rmSync(clientDist, { recursive: true, force: true });
  });

  it.each([
    ['the SPA', '/'],
    ['a deep link of the SPA', '/resultatmatt/7'],
    ['a script of the SPA', '/assets/index-abc123.js'],
    ['an API answer', '/api/measures'],
    ['an API error', '/api/measures/999'],
    ['a refused write', '/api/entry/2024'],
  ])('sends CSP, frame-ancestors, nosniff and a referrer policy on %s', async (_, url) => {
    const method = url === '/api/entry/2024' ? 'POST' : 'GET';
    const { headers, statusCode } = await context.app.inject({ method, url });
    expect(statusCode).toBeLessThan(500);
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
});

/** A request for `route` with every part drawn by fast-check: often valid, often not. */
function requestArbitrary(route: ApiRoute): Arbitrary<InjectOptions & { url: string }> {
  const text = (value: unknown) =>
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed string, but undefined for undefined
    typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
  const params = fc.tuple(
    ...route.params.map((p) =>
      fc.oneof({ weight: 3, arbitrary: schemaArbitrary(p.schema) }, anyValue),
    ),
  );
  const query = fc.tuple(
    fc.record(Object.fromEntries(route.query.map((q) => [q.name, fuzzValue(q.schema)])), {
      requiredKeys: [],
    }),
    fc.option(fc.tuple(fc.string({ maxLength: 8 }), anyValue), { freq: 4 }),
  );
  const contentTypes = fc.constantFrom(
    'application/json',
    'text/csv',
    'text/plain',
    'application/octet-stream',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
  );
  const rawBody = fc.record({ payload: fc.string({ maxLength: 200 }), contentType: contentTypes });
  const jsonBody = fuzzValue(route.body ?? { type: 'object' }).map((value) => ({
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed string, but undefined for undefined
    payload: JSON.stringify(value) ?? 'null',
    contentType: 'application/json',
  }));
  const body = SAFE_METHODS.has(route.method)
    ? fc.constant(null)
    : fc.oneof({ weight: route.body ? 4 : 1, arbitrary: jsonBody }, rawBody);
  return fc.tuple(params, query, body).map(([paramValues, [known, extra], content]) => {
    let index = 0;
    const path = route.url.replace(/:\w+/g, () => encodeURIComponent(text(paramValues[index++])));
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(known)) search.append(key, text(value));
    if (extra) search.append(extra[0], text(extra[1]));
    const url = search.size > 0 ? `${path}?${search.toString()}` : path;
    return {
      method: route.method,
      url,
      ...(content && {
        payload: content.payload,
        headers: { 'content-type': content.contentType },
      }),
    };
  });
}

const DRAWS_CHARTS = /\/chart\.(svg|png)$|\/goal-fulfilment\//;

describe('property-based fuzzing of every API route', () => {
  const TOTAL_REQUESTS = 10_000;
  let context: SecurityContext;
  let routes: ApiRoute[];
  let sent = 0;

  beforeAll(async () => {
    context = await SecurityContext.start();
    routes = await apiRoutes(context.app);
  });
  afterAll(() => context.close());

  /**
   * Sends `runs` generated requests per route as `who`, checking that none fails with 5xx and
   * that a refused one (4xx) left every table as it was.
   */
  async function fuzz(
    who: () => Promise<Session | null>,
    routesToFuzz: ApiRoute[],
    afterEach?: (route: ApiRoute, response: LightMyRequestResponse) => Promise<void>,
  ) {
    const changes = changeCounter(context.db);
    const tableDigest = createTableDigest(context.db);
    let digestAt = -1;
    let digest: Record<string, string> = {};
    const runs = Math.ceil(TOTAL_REQUESTS / 2 / routesToFuzz.length);
    for (const route of routesToFuzz) {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route), async (options) => {
          const write = !SAFE_METHODS.has(route.method);
          // The digest of the state before a write, taken only when something changed since the
          // last one: an unchanged counter proves an unchanged database far more cheaply.
          if (write && changes() !== digestAt) {
            digest = tableDigest();
            digestAt = changes();
          }
          const before = changes();
          const response = await context.request(await who(), options);
          sent += 1;
          const request = `${options.method} ${options.url}`;
          // The fuzzed app has no built client: a route that draws charts says so with 503.
          const status =
            DRAWS_CHARTS.test(route.url) && response.statusCode === 503 ? 400 : response.statusCode;
          expect(status, request).toBeLessThan(500);
          if (response.statusCode >= 400 && changes() !== before) {
            expect(write, `${request} is a read that wrote`).toBe(true);
            // A failed sign-in is recorded in the audit log on purpose; nothing else may change.
            const except = route.url === '/api/auth/login' ? ['audit_log'] : [];
            const expected = { ...digest };
            for (const table of except) delete expected[table];
            expect(tableDigest(except), request).toEqual(expected);
          }
          await afterEach?.(route, response);
        }),
        { numRuns: runs, endOnFailure: true },
      );
    }
  }

  it('finds every route, including those without an OpenAPI description', () => {
    const urls = routes.map((route) => `${route.method} ${route.url}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        'GET /api/overview',
        'POST /api/entry/:year',
        'PATCH /api/measures/:number/definition',
        'POST /api/users',
        'GET /api/openapi.json',
      ]),
    );
  });

  it('never answers 5xx to the public, and a refused request changes nothing', async () => {
    await fuzz(async () => null, routes);
  }, 120_000);

  it('never answers 5xx to a signed-in administrator, and a refused write changes nothing', async () => {
    const admin = await context.addUser('fuzz-admin', ['admin']);
    const users = createUserQueries(context.db);
    const passwordHash = await hashPassword(PASSWORD, TEST_SCRYPT_N);
    let session = await context.signIn(admin.username);
    // Generated writes may disable the administrator or change their password or roles; then
    // they are put back, so the rest of the run still reaches the handlers.
    const restore = async (route: ApiRoute, response: LightMyRequestResponse) => {
      if (response.statusCode >= 300 || !route.url.startsWith('/api/users')) return;
      const me = await context.request(session, { method: 'GET', url: '/api/auth/session' });
      if (me.json().user?.roles?.includes('admin')) return;
      const current = users.get(admin.id)!;
      users.update(admin.id, current.version, { disabled: false, roles: ['admin'], passwordHash });
      session = await context.signIn(admin.username);
    };
    // Signing out would end the session the rest of the run needs; the public fuzzes it.
    const signedInRoutes = routes.filter((route) => route.url !== '/api/auth/logout');
    await fuzz(async () => session, signedInRoutes, restore);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
  }, 180_000);
});

const CONTROL_RISK = {
  text: 'Risk i matrisen',
  process: null,
  regulation: null,
  period: null,
  method: null,
  sannolikhet: 2,
  konsekvens: 3,
  controlPoint: false,
};

const CONTROL_POINT = {
  text: 'Kontrollpunkt i matrisen',
  regulation: null,
  period: null,
  method: null,
  responsible: null,
  timeEstimate: null,
  deadlineFollowUp: null,
  deadlineReport: null,
  riskId: null,
};

type Policy = 'public' | 'admin' | 'controller' | 'activity';
type Identity = 'anonymous' | 'editor of SOU' | 'editor of KSF' | 'controller' | 'admin';

// Who may make each kind of write. A write route matching none of these fails the matrix test
// below: whoever adds it decides here who may use it.
const POLICIES: [RegExp, Policy][] = [
  [/^POST \/api\/auth\/(login|logout)$/, 'public'],
  // The first run's first account: anyone with the one-time code, only while there is no
  // account (setup.test.ts); here, with accounts, a 409 for everyone.
  [/^POST \/api\/setup\/first-admin$/, 'public'],
  [/^\w+ \/api\/(users|organisation|group-mappings)\b/, 'admin'],
  [/^\w+ \/api\/(entry|imports)\b/, 'controller'],
  // Recording a reorganisation the council decided: controllers too (permissions.ts).
  [/^\w+ \/api\/units\b/, 'controller'],
  [/^\w+ \/api\/measures\/:number\/definition$/, 'controller'],
  // Periods and their structure: controllers and admins (decision 009); closing is admin only,
  // tested in period-lineage.test.ts.
  [/^\w+ \/api\/periods\b/, 'controller'],
  [/^\w+ \/api\/activities\b/, 'activity'],
  [/^PUT \/api\/internal-control\/publication$/, 'admin'],
  // The kommunkoncern's risk analysis and plan; a unit's follow-up as a unit's activities.
  [/^\w+ \/api\/internal-control\/(risks|plans|control-points)\b/, 'controller'],
  [/^PUT \/api\/internal-control\/follow-ups\//, 'activity'],
  // The comparison with Kolada: a refresh by those who keep the measures, the group by an admin.
  [/^POST \/api\/kolada\/refresh$/, 'controller'],
  [/^PUT \/api\/kolada\/group$/, 'admin'],
  // The calendar of the follow-up cycle (decision 018).
  [/^\w+ \/api\/deadlines\b/, 'controller'],
  // A unit's plan is submitted by its editors; everything else of the follow-up's review is a
  // controller's, except the analysis of a measure with a responsible unit (follow-up-review.test.ts).
  [/^POST \/api\/follow-up\/:year\/units\//, 'activity'],
  [/^\w+ \/api\/follow-up\b/, 'controller'],
];

/** Allowed = neither 401 nor 403 (a 2xx, or a 4xx about the request itself). */
function expectedStatus(policy: Policy, identity: Identity): 'allowed' | 401 | 403 {
  if (policy === 'public') return 'allowed';
  if (identity === 'anonymous') return 401;
  if (identity === 'admin') return 'allowed';
  if (identity === 'controller') return policy === 'admin' ? 403 : 'allowed';
  // Every activity request below concerns an activity of SOU.
  return policy === 'activity' && identity === 'editor of SOU' ? 'allowed' : 403;
}

describe('the authorization matrix of every write route', () => {
  let context: SecurityContext;
  const sessions = new Map<Identity, Session | null>();
  let souActivity: Activity;
  let throwaways = 0;

  beforeAll(async () => {
    context = await SecurityContext.start();
    await context.addUser('admin', ['admin']);
    await context.addUser('controller', ['controller']);
    await context.addUser('editor-sou', ['unit_editor'], ['SOU']);
    await context.addUser('editor-ksf', ['unit_editor'], ['KSF']);
    const activities = (
      await context.app.inject({ url: '/api/activities?year=2023&unit=SOU' })
    ).json<Activity[]>();
    souActivity = activities.find((a) => !a.units.includes('KSF'))!;
  });
  afterAll(() => context.close());

  const usernames: Record<Exclude<Identity, 'anonymous'>, string> = {
    'editor of SOU': 'editor-sou',
    'editor of KSF': 'editor-ksf',
    controller: 'controller',
    admin: 'admin',
  };
  async function session(identity: Identity): Promise<Session | null> {
    if (identity === 'anonymous') return null;
    if (!sessions.has(identity)) sessions.set(identity, await context.signIn(usernames[identity]));
    return sessions.get(identity)!;
  }
  const asAdmin = async (options: InjectOptions) =>
    context.request(await session('admin'), options);

  /** A fresh SOU activity, so that no cell sees what an earlier cell did to its target. */
  async function freshActivity(): Promise<Activity> {
    const { measureNumber, text } = souActivity;
    const response = await asAdmin({
      method: 'POST',
      url: '/api/activities',
      payload: { year: 2024, measureNumber, units: ['SOU'], text: `${text} (matris)` },
    });
    if (response.statusCode !== 201) throw new Error(`setup: ${response.body}`);
    return response.json<Activity>();
  }
  async function throwawayUser() {
    throwaways += 1;
    return context.addUser(`matris-${throwaways}`, ['controller']);
  }
  function throwawayMapping() {
    throwaways += 1;
    return createGroupMappingQueries(context.db).create({
      groupId: `matris-grupp-${throwaways}`,
      label: '',
      roles: ['controller'],
      units: [],
    });
  }
  /** A unit of its own per cell, so that no cell sees what an earlier one did to it. */
  function throwawayUnit() {
    throwaways += 1;
    return createRepositories(context.db).units.create(
      { code: `M${throwaways}`, name: `Matrisenhet ${throwaways}`, activeFrom: null },
      {
        id: 0,
        username: 'matris',
        displayName: 'matris',
        roles: ['admin'],
        units: [],
        disabled: false,
        version: 1,
      },
    );
  }
  /** A draft kommunövergripande plan of its own year with one kontrollpunkt. */
  let controlSandbox: Promise<{ planId: number; pointId: number }> | undefined;
  function controlPlanSandbox() {
    controlSandbox ??= (async () => {
      const plan = await asAdmin({
        method: 'POST',
        url: '/api/internal-control/plans',
        payload: { year: 2049, unit: null },
      });
      const planId = plan.json<{ id: number }>().id;
      const point = await asAdmin({
        method: 'POST',
        url: `/api/internal-control/plans/${planId}/control-points`,
        payload: CONTROL_POINT,
      });
      if (point.statusCode !== 201) throw new Error(`setup: ${point.body}`);
      return { planId, pointId: point.json<{ id: number }>().id };
    })();
    return controlSandbox;
  }
  /** A planned period of its own with an area and a goal, so no cell renumbers the seed's. */
  let sandbox: Promise<{ id: number; goalId: number }> | undefined;
  function structureSandbox() {
    sandbox ??= (async () => {
      const created = await asAdmin({
        method: 'POST',
        url: '/api/periods',
        payload: { name: 'Matrisperiod', startYear: 2040, endYear: 2043 },
      });
      const id = created.json<{ id: number }>().id;
      const area = await asAdmin({
        method: 'POST',
        url: `/api/periods/${id}/areas`,
        payload: { name: 'Matrisområde' },
      });
      const goal = await asAdmin({
        method: 'POST',
        url: `/api/periods/${id}/goals`,
        payload: { areaId: area.json<{ id: number }>().id, name: 'Matrismål' },
      });
      return { id, goalId: goal.json<{ id: number }>().id };
    })();
    return sandbox;
  }
  async function throwawayStructure(kind: 'areas' | 'goals' | 'measures') {
    const { id, goalId } = await structureSandbox();
    throwaways += 1;
    const payloads = {
      areas: { name: `Område ${throwaways}` },
      goals: { areaId: undefined, name: `Mål ${throwaways}` },
      measures: { goalId, name: `Mått ${throwaways}`, unit: '%', direction: 'up', decimals: 0 },
    };
    const payload =
      kind === 'goals'
        ? { ...payloads.goals, areaId: (await throwawayStructure('areas')).item.id }
        : payloads[kind];
    const response = await asAdmin({ method: 'POST', url: `/api/periods/${id}/${kind}`, payload });
    if (response.statusCode !== 201) throw new Error(`setup: ${response.body}`);
    return {
      periodId: id,
      item: response.json<{ id: number; number: number; version: number }>(),
    };
  }
  async function seededGoalId(): Promise<number> {
    const period = (await context.app.inject({ url: '/api/periods/current' })).json();
    return period.areas[0].goals[0].id as number;
  }
  /**
   * A draft analysis (of a measure without a responsible unit) or goal judgement of 2022, made
   * once: after the first allowed cell submits it, the others get 409, which is not 401 or 403.
   */
  const drafts = new Map<string, Promise<{ id: number }>>();
  function draftToReview(kind: 'analyses' | 'judgements'): Promise<{ id: number }> {
    if (!drafts.has(kind)) {
      drafts.set(
        kind,
        (async () => {
          const url =
            kind === 'analyses'
              ? '/api/follow-up/2022/analyses/2/annual'
              : `/api/follow-up/2022/judgements/goal/${await seededGoalId()}`;
          const payload =
            kind === 'analyses'
              ? { text: 'Matrisens analys', version: 0 }
              : { level: 'met', reason: 'Matrisens bedömning', version: 0 };
          const response = await asAdmin({ method: 'PUT', url, payload });
          if (response.statusCode !== 200) throw new Error(`setup: ${response.body}`);
          return response.json<{ id: number }>();
        })(),
      );
    }
    return drafts.get(kind)!;
  }
  async function definitionVersion(): Promise<number> {
    return (await context.app.inject({ url: '/api/measures/1/definition' })).json().version;
  }

  /** A request each route accepts from someone allowed, so a 401 or 403 can only mean "not you". */
  const VALID_REQUESTS: Record<string, () => Promise<InjectOptions>> = {
    'POST /api/auth/login': async () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'controller', password: PASSWORD },
    }),
    'POST /api/auth/logout': async () => ({ method: 'POST', url: '/api/auth/logout' }),
    'POST /api/setup/first-admin': async () => ({
      method: 'POST',
      url: '/api/setup/first-admin',
      payload: { username: 'forsta', displayName: 'Första', password: PASSWORD, setupCode: 'X' },
    }),
    'POST /api/users': async () => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: `ny-${++throwaways}`,
        displayName: 'Ny',
        password: PASSWORD,
        roles: ['controller'],
      },
    }),
    'PATCH /api/users/:id': async () => {
      const user = await throwawayUser();
      return {
        method: 'PATCH',
        url: `/api/users/${user.id}`,
        payload: { displayName: 'Ändrad', version: user.version },
      };
    },
    'POST /api/group-mappings': async () => ({
      method: 'POST',
      url: '/api/group-mappings',
      payload: { groupId: `grupp-${++throwaways}`, roles: ['controller'] },
    }),
    'PATCH /api/group-mappings/:id': async () => {
      const mapping = throwawayMapping();
      return {
        method: 'PATCH',
        url: `/api/group-mappings/${mapping.id}`,
        payload: { groupId: mapping.groupId, roles: ['admin'], version: mapping.version },
      };
    },
    'DELETE /api/group-mappings/:id': async () => {
      const mapping = throwawayMapping();
      return {
        method: 'DELETE',
        url: `/api/group-mappings/${mapping.id}?version=${mapping.version}`,
      };
    },
    'PUT /api/organisation': async () => {
      const current = (await context.app.inject({ url: '/api/organisation' })).json();
      return {
        method: 'PUT',
        url: '/api/organisation',
        payload: { municipalityCode: '2085', version: current.version },
      };
    },
    'PUT /api/organisation/logo': async () => {
      const current = (await context.app.inject({ url: '/api/organisation' })).json();
      return {
        method: 'PUT',
        url: `/api/organisation/logo?version=${current.version}`,
        headers: { 'content-type': 'image/png' },
        payload: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      };
    },
    'DELETE /api/organisation/logo': async () => {
      const current = (await context.app.inject({ url: '/api/organisation' })).json();
      return { method: 'DELETE', url: `/api/organisation/logo?version=${current.version}` };
    },
    'POST /api/units': async () => ({
      method: 'POST',
      url: '/api/units',
      payload: { code: `N${++throwaways}`, name: 'Ny enhet' },
    }),
    'PATCH /api/units/:code': async () => {
      const unit = throwawayUnit();
      return {
        method: 'PATCH',
        url: `/api/units/${unit.code}`,
        payload: { name: 'Nytt namn', version: unit.version },
      };
    },
    'POST /api/units/:code/retire': async () => {
      const unit = throwawayUnit();
      return {
        method: 'POST',
        url: `/api/units/${unit.code}/retire`,
        payload: { activeUntil: 2024, version: unit.version },
      };
    },
    'POST /api/units/:code/merge': async () => {
      const unit = throwawayUnit();
      return {
        method: 'POST',
        url: `/api/units/${unit.code}/merge`,
        payload: { into: 'KSF', version: unit.version },
      };
    },
    'POST /api/entry/:year': async () => ({
      method: 'POST',
      url: '/api/entry/2024',
      payload: {
        changes: [
          { kind: 'target', measureNumber: 6, value: 300, note: null, decision: null, version: 1 },
        ],
      },
    }),
    'PATCH /api/measures/:number/definition': async () => ({
      method: 'PATCH',
      url: '/api/measures/1/definition',
      payload: { koladaKpi: 'N15505', version: await definitionVersion() },
    }),
    'POST /api/imports/preview': async () => ({
      method: 'POST',
      url: '/api/imports/preview?fileName=utfall.csv',
      headers: { 'content-type': 'text/csv' },
      payload: 'Resultatmått;År;Utfall\n8;2023;26000\n',
    }),
    'POST /api/imports/kolada/preview': async () => ({
      method: 'POST',
      url: '/api/imports/kolada/preview',
      payload: { years: [2023] },
    }),
    'POST /api/kolada/refresh': async () => ({ method: 'POST', url: '/api/kolada/refresh' }),
    'PUT /api/kolada/group': async () => ({
      method: 'PUT',
      url: '/api/kolada/group',
      payload: { group: { id: 'G1', title: 'Jämförelsegrupp' }, version: 1 },
    }),
    'POST /api/imports/commit': async () => ({
      method: 'POST',
      url: '/api/imports/commit',
      payload: { previewId: 'finns-inte-0123456789', mode: 'valid-rows' },
    }),
    'POST /api/activities': async () => ({
      method: 'POST',
      url: '/api/activities',
      payload: { year: 2024, measureNumber: 1, units: ['SOU'], text: 'Ny aktivitet' },
    }),
    'PATCH /api/activities/:id': async () => {
      const activity = await freshActivity();
      return {
        method: 'PATCH',
        url: `/api/activities/${activity.id}`,
        payload: {
          measureNumber: activity.measureNumber,
          units: ['SOU'],
          text: 'Ändrad',
          version: activity.version,
        },
      };
    },
    'DELETE /api/activities/:id': async () => {
      const activity = await freshActivity();
      return {
        method: 'DELETE',
        url: `/api/activities/${activity.id}?version=${activity.version}`,
      };
    },
    'POST /api/activities/:id/follow-ups': async () => {
      const activity = await freshActivity();
      return {
        method: 'POST',
        url: `/api/activities/${activity.id}/follow-ups`,
        payload: { status: 'in_progress', date: '2024-06-30', version: activity.version },
      };
    },
    'POST /api/activities/follow-ups': async () => {
      const activity = await freshActivity();
      return {
        method: 'POST',
        url: '/api/activities/follow-ups',
        payload: {
          followUps: [
            { id: activity.id, status: 'done', date: '2024-06-30', version: activity.version },
          ],
        },
      };
    },
    'POST /api/internal-control/risks': async () => ({
      method: 'POST',
      url: '/api/internal-control/risks',
      payload: { ...CONTROL_RISK, year: 2022, unit: null },
    }),
    'PATCH /api/internal-control/risks/:id': async () => ({
      method: 'PATCH',
      url: '/api/internal-control/risks/1',
      payload: { ...CONTROL_RISK, version: 1 },
    }),
    'DELETE /api/internal-control/risks/:id': async () => {
      const risk = await asAdmin({
        method: 'POST',
        url: '/api/internal-control/risks',
        payload: { ...CONTROL_RISK, year: 2049, unit: null },
      });
      if (risk.statusCode !== 201) throw new Error(`setup: ${risk.body}`);
      return {
        method: 'DELETE',
        url: `/api/internal-control/risks/${risk.json<{ id: number }>().id}?version=1`,
      };
    },
    'DELETE /api/internal-control/control-points/:id': async () => {
      const point = await asAdmin({
        method: 'POST',
        url: `/api/internal-control/plans/${(await controlPlanSandbox()).planId}/control-points`,
        payload: CONTROL_POINT,
      });
      if (point.statusCode !== 201) throw new Error(`setup: ${point.body}`);
      return {
        method: 'DELETE',
        url: `/api/internal-control/control-points/${point.json<{ id: number }>().id}?version=1&reason=Matris`,
      };
    },
    // The first allowed cell creates the plan; the later ones are told it exists (400).
    'POST /api/internal-control/plans': async () => ({
      method: 'POST',
      url: '/api/internal-control/plans',
      payload: { year: 2051, unit: null },
    }),
    'POST /api/internal-control/plans/:id/control-points': async () => ({
      method: 'POST',
      url: `/api/internal-control/plans/${(await controlPlanSandbox()).planId}/control-points`,
      payload: CONTROL_POINT,
    }),
    'PATCH /api/internal-control/control-points/:id': async () => ({
      method: 'PATCH',
      url: `/api/internal-control/control-points/${(await controlPlanSandbox()).pointId}`,
      payload: { ...CONTROL_POINT, version: 1 },
    }),
    'POST /api/internal-control/plans/:id/decision': async () => ({
      method: 'POST',
      url: '/api/internal-control/plans/1/decision',
      payload: { decidedOn: '2020-10-27', decisionParagraph: '§ 194', version: 1 },
    }),
    // Every follow-up request below concerns SOU's follow-up of a common kontrollpunkt.
    'PUT /api/internal-control/follow-ups/:controlPointId/:unit': async () => ({
      method: 'PUT',
      url: '/api/internal-control/follow-ups/1/SOU',
      payload: {
        checked: 'Deltagarlistor',
        how: 'Totalundersökning',
        sampleSize: null,
        findings: '',
        assessment: 'no_remarks',
        actions: [],
        version: 0,
      },
    }),
    'PUT /api/deadlines': async () => {
      const { deadlines } = (await context.app.inject({ url: '/api/deadlines' })).json<{
        deadlines: { year: number; kind: string; version: number }[];
      }>();
      const { version } = deadlines.find((d) => d.year === 2024 && d.kind === 'plans')!;
      return {
        method: 'PUT',
        url: '/api/deadlines',
        payload: { year: 2024, kind: 'plans', dueDate: `2024-01-${10 + version}`, version },
      };
    },
    'PUT /api/internal-control/publication': async () => ({
      method: 'PUT',
      url: '/api/internal-control/publication',
      payload: { year: 2021, published: false },
    }),
    'PUT /api/follow-up/:year/analyses/:number/:occasion': async () => ({
      method: 'PUT',
      url: '/api/follow-up/2021/analyses/1/interim',
      payload: { text: 'Matrisens analys', version: 0 },
    }),
    'PUT /api/follow-up/:year/judgements/:subject/:id': async () => ({
      method: 'PUT',
      url: `/api/follow-up/2021/judgements/goal/${await seededGoalId()}`,
      payload: { level: 'met', reason: 'Matrisens bedömning', version: 0 },
    }),
    'POST /api/follow-up/analyses/:id/steps': async () => ({
      method: 'POST',
      url: `/api/follow-up/analyses/${(await draftToReview('analyses')).id}/steps`,
      payload: { action: 'submit', version: 1 },
    }),
    'POST /api/follow-up/judgements/:id/steps': async () => ({
      method: 'POST',
      url: `/api/follow-up/judgements/${(await draftToReview('judgements')).id}/steps`,
      payload: { action: 'submit', version: 1 },
    }),
    'POST /api/follow-up/:year/units/:unit/:kind/steps': async () => ({
      method: 'POST',
      url: '/api/follow-up/2025/units/SOU/plan/steps',
      payload: { action: 'submit', version: 0 },
    }),
    'PUT /api/follow-up/:year/lock': async () => ({
      method: 'PUT',
      url: '/api/follow-up/2021/lock',
      payload: { locked: false },
    }),
    'POST /api/periods': async () => ({
      method: 'POST',
      url: '/api/periods',
      payload: { name: `Period ${++throwaways}`, startYear: 2030, endYear: 2033 },
    }),
    'PATCH /api/periods/:id': async () => ({
      method: 'PATCH',
      url: `/api/periods/${(await structureSandbox()).id}`,
      payload: { vision: `Vision ${++throwaways}` },
    }),
    'POST /api/periods/:id/areas': async () => ({
      method: 'POST',
      url: `/api/periods/${(await structureSandbox()).id}/areas`,
      payload: { name: `Nytt område ${++throwaways}` },
    }),
    'POST /api/periods/:id/goals': async () => {
      const { periodId, item } = await throwawayStructure('areas');
      return {
        method: 'POST',
        url: `/api/periods/${periodId}/goals`,
        payload: { areaId: item.id, name: 'Nytt mål', description: 'Det här menar vi.' },
      };
    },
    'POST /api/periods/:id/measures': async () => {
      const { id, goalId } = await structureSandbox();
      return {
        method: 'POST',
        url: `/api/periods/${id}/measures`,
        payload: {
          goalId,
          name: 'Nytt mått',
          statement: '',
          unit: '%',
          direction: 'up',
          decimals: 1,
        },
      };
    },
    ...Object.fromEntries(
      (['areas', 'goals'] as const).flatMap((kind) => [
        [
          `PATCH /api/periods/:id/${kind}/:itemId`,
          async (): Promise<InjectOptions> => {
            const { periodId, item } = await throwawayStructure(kind);
            return {
              method: 'PATCH',
              url: `/api/periods/${periodId}/${kind}/${item.id}`,
              payload: { name: `Ändrat ${++throwaways}`, version: item.version },
            };
          },
        ],
        [
          `DELETE /api/periods/:id/${kind}/:itemId`,
          async (): Promise<InjectOptions> => {
            const { periodId, item } = await throwawayStructure(kind);
            return {
              method: 'DELETE',
              url: `/api/periods/${periodId}/${kind}/${item.id}?version=${item.version}`,
            };
          },
        ],
      ]),
    ),
    'PATCH /api/periods/:id/measures/:number': async () => {
      const { periodId, item } = await throwawayStructure('measures');
      return {
        method: 'PATCH',
        url: `/api/periods/${periodId}/measures/${item.number}`,
        payload: { name: 'Ändrat mått', version: item.version },
      };
    },
    'DELETE /api/periods/:id/measures/:number': async () => {
      const { periodId, item } = await throwawayStructure('measures');
      return {
        method: 'DELETE',
        url: `/api/periods/${periodId}/measures/${item.number}?version=${item.version}`,
      };
    },
    'POST /api/activities/copy-forward': async () => ({
      method: 'POST',
      url: '/api/activities/copy-forward',
      payload: { fromYear: 2023, toYear: 2024, activityIds: [souActivity.id] },
    }),
  };

  const IDENTITIES: Identity[] = [
    'anonymous',
    'editor of SOU',
    'editor of KSF',
    'controller',
    'admin',
  ];

  it('answers every identity as its role allows, on every write route the app has', async () => {
    const writes = registeredRoutes(context.app)
      .filter(({ method, url }) => !SAFE_METHODS.has(method) && url.startsWith('/api/'))
      .map(({ method, url }) => `${method} ${url}`);
    const unclassified = writes.filter(
      (route) => !POLICIES.some(([pattern]) => pattern.test(route)) || !VALID_REQUESTS[route],
    );
    expect(unclassified, 'add these write routes to POLICIES and VALID_REQUESTS').toEqual([]);

    const cells: string[] = [];
    const mismatches: string[] = [];
    for (const route of writes) {
      const policy = POLICIES.find(([pattern]) => pattern.test(route))![1];
      for (const identity of IDENTITIES) {
        const request = await VALID_REQUESTS[route]!();
        const response = await context.request(await session(identity), request);
        if (route === 'POST /api/auth/logout') sessions.delete(identity);
        const expected = expectedStatus(policy, identity);
        const status = response.statusCode;
        const ok =
          expected === 'allowed'
            ? status < 500 && status !== 401 && status !== 403
            : status === expected;
        cells.push(`${route} × ${identity}: ${status}`);
        if (!ok)
          mismatches.push(
            `${route} × ${identity}: ${status}, expected ${expected}: ${response.body}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells).toHaveLength(writes.length * IDENTITIES.length);
  }, 60_000);
});

describe('sessions, sign-in and secrets (beyond auth.test.ts)', () => {
  const signIn = (
    app: FastifyInstance,
    headers: Record<string, string>,
    password = PASSWORD,
    username = 'anna',
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      payload: { username, password },
    });

  it('does not mark the cookie Secure for a client that only claims HTTPS', async () => {
    const context = await SecurityContext.start();
    await context.addUser('anna', ['controller']);
    const response = await signIn(context.app, { 'x-forwarded-proto': 'https' });
    const cookie = response.cookies.find((c) => c.name === 'malbild_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.secure).toBeFalsy();
    await context.close();
  }, 30_000);

  it('limits sign-in per client behind the proxy, and a forged address does not escape it', async () => {
    const proxied = await SecurityContext.start({ trustProxy: parseTrustProxy('1') });
    const direct = await SecurityContext.start();
    const statuses = async (app: FastifyInstance, forwardedFor: (i: number) => string) => {
      const result: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        // A username per attempt: this is the limit per address, not the one per username.
        const response = await signIn(
          app,
          { 'x-forwarded-for': forwardedFor(i) },
          `fel-lösenord-${i}`,
          `anna${i}`,
        );
        result.push(response.statusCode);
      }
      return result;
    };
    // Behind the proxy each client has its own limit: a second client is not locked out.
    expect((await statuses(proxied.app, () => '198.51.100.7')).slice(-1)).toEqual([429]);
    expect((await statuses(proxied.app, () => '198.51.100.8'))[0]).toBe(401);
    // Facing browsers directly, X-Forwarded-For is the client's own word and changes nothing.
    expect((await statuses(direct.app, (i) => `198.51.100.${i}`)).slice(-1)).toEqual([429]);
    await Promise.all([proxied.close(), direct.close()]);
  }, 30_000);

  it('never writes a password to the log, the audit trail or any table in clear', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const context = await SecurityContext.start({ logger: { level: 'trace', stream } });
    await context.addUser('admin', ['admin']);
    const admin = await context.signIn('admin');
    const created = await context.request(admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'sara',
        displayName: 'Sara',
        password: 'saras-hemliga-lösenord',
        roles: ['controller'],
      },
    });
    expect(created.statusCode).toBe(201);
    const changed = await context.request(admin, {
      method: 'PATCH',
      url: `/api/users/${created.json().id}`,
      payload: { password: 'saras-nya-hemliga-lösenord', version: created.json().version },
    });
    expect(changed.statusCode).toBe(200);
    await signIn(context.app, {}, 'ett-felaktigt-hemligt-lösenord');

    const tables = JSON.stringify(
      context.db
        .prepare<[], string>(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .pluck()
        .all()
        .map((table) => context.db.prepare(`SELECT * FROM "${table}"`).all()),
    );
    for (const secret of [
      PASSWORD,
      'saras-hemliga-lösenord',
      'saras-nya-hemliga-lösenord',
      'ett-felaktigt-hemligt-lösenord',
    ]) {
      expect(lines.join('\n')).not.toContain(secret);
      expect(tables).not.toContain(secret);
    }
    expect(lines.length).toBeGreaterThan(0);
    await context.close();
  }, 30_000);
});
