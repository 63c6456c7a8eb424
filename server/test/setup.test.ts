import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetupStatus } from '@malbild/shared';
import { buildApp } from '../src/app';
import { createSetupCode, setupCodeMatches } from '../src/auth/setup-code';
import { openDatabase, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { TEST_SCRYPT_N } from './helpers';
import { asUser, createTestContext, type TestSession } from './session-helpers';

// The first run on an empty database (decision 014): the first administrator is created once,
// with the server's one-time code, and each step of the setup is read from the database.

const CODE = 'K7QW-3MZP-XA9T-HV2C';
const FIRST = {
  username: 'forsta',
  displayName: 'Första Administratören',
  password: 'ett-långt-lösenord-för-test',
};

describe('the first run on an empty database', () => {
  let app: FastifyInstance;
  let db: Db;
  let admin: TestSession;

  beforeAll(async () => {
    db = openDatabase(':memory:');
    migrate(db);
    app = await buildApp({ db, scryptN: TEST_SCRYPT_N, setupCode: CODE });
  });
  afterAll(async () => {
    await app.close();
    db.close();
  });

  const status = async () => (await app.inject('/api/setup')).json<SetupStatus>();
  const createFirst = (payload: object) =>
    app.inject({ method: 'POST', url: '/api/setup/first-admin', payload });
  const as = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
    asUser(app, admin, { method, url, payload });

  it('starts with every step to do', async () => {
    expect(await status()).toEqual({
      steps: {
        admin: false,
        profile: false,
        period: false,
        structure: false,
        units: false,
        published: false,
      },
      periodId: null,
    });
  });

  it('refuses a wrong code and per-field mistakes, with Swedish messages next to the field', async () => {
    const wrong = await createFirst({ ...FIRST, setupCode: 'AAAA-BBBB-CCCC-DDDD' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      { path: 'setupCode', message: 'Engångskoden stämmer inte. Den står i serverns logg.' },
    ]);
    const invalid = await createFirst({ username: 'A B', displayName: '', password: 'kort' });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .fields.map((field: { path: string }) => field.path)
        .sort(),
    ).toEqual(['displayName', 'password', 'setupCode', 'username']);
    expect((await status()).steps.admin).toBe(false);
  });

  it('creates the first administrator once with the code (any case, spaces), signed in at once', async () => {
    const response = await createFirst({ ...FIRST, setupCode: ' k7qw 3mzp xa9t hv2c ' });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.user).toMatchObject({ username: 'forsta', roles: ['admin'] });
    const cookie = response.cookies.find((c) => c.name === 'malbild_session');
    admin = { cookie: `malbild_session=${cookie?.value}`, csrfToken: body.csrfToken };
    const session = await asUser(app, admin, { method: 'GET', url: '/api/auth/session' });
    expect(session.json().user.username).toBe('forsta');
    expect((await status()).steps.admin).toBe(true);
    const audit = db.prepare("SELECT actor FROM audit_log WHERE action = 'first_admin_created'");
    expect(audit.all()).toEqual([{ actor: 'forsta' }]);
  });

  it('refuses a second first administrator, even with the right code', async () => {
    const again = await createFirst({ ...FIRST, username: 'andra', setupCode: CODE });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Målbild har redan ett konto. Logga in i stället.');
    expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
  });

  it('marks each step done as the administrator does it on its own page', async () => {
    const profile = await as('PUT', '/api/organisation', {
      name: 'Exempelby kommun',
      municipalityCode: '9999',
      version: 1,
    });
    expect(profile.statusCode, profile.body).toBe(200);
    expect((await status()).steps).toMatchObject({ profile: true, period: false });

    const period = await as('POST', '/api/periods', {
      name: '2027–2030',
      startYear: 2027,
      endYear: 2030,
      vision: 'Exempelby växer.',
    });
    expect(period.statusCode, period.body).toBe(201);
    const periodId: number = period.json().id;
    expect(await status()).toMatchObject({ steps: { period: true, structure: false }, periodId });

    const area = await as('POST', `/api/periods/${periodId}/areas`, { name: 'Livskvalitet' });
    const goal = await as('POST', `/api/periods/${periodId}/goals`, {
      areaId: area.json().id,
      name: 'Fler i arbete',
      description: 'Fler invånare försörjer sig själva.',
    });
    expect((await status()).steps.structure).toBe(false);
    const measure = await as('POST', `/api/periods/${periodId}/measures`, {
      goalId: goal.json().id,
      name: 'Andel förvärvsarbetande',
      statement: 'Vi samarbetar med näringslivet.',
      unit: 'procent',
      direction: 'up',
      decimals: 1,
    });
    expect(measure.statusCode, measure.body).toBe(201);
    expect((await status()).steps.structure).toBe(true);

    const unit = await as('POST', '/api/units', {
      code: 'KSF',
      name: 'Kommunstyrelsens förvaltning',
    });
    expect(unit.statusCode, unit.body).toBe(201);
    expect((await status()).steps).toMatchObject({ units: true, published: false });

    const activated = await as('PATCH', `/api/periods/${periodId}`, { status: 'active' });
    expect(activated.statusCode, activated.body).toBe(200);
    expect(Object.values((await status()).steps)).toEqual([true, true, true, true, true, true]);
  });
});

describe('a server without a one-time code', () => {
  it('refuses the first administrator from the browser, pointing to npm run user:add', async () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const app = await buildApp({ db, scryptN: TEST_SCRYPT_N });
    const response = await app.inject({
      method: 'POST',
      url: '/api/setup/first-admin',
      payload: { ...FIRST, setupCode: CODE },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toContain('npm run user:add');
    await app.close();
    db.close();
  });

  it('on the Ludvika database every step but the first account is done', async () => {
    const { app } = await createTestContext();
    const { steps } = (await app.inject('/api/setup')).json<SetupStatus>();
    expect(steps).toEqual({
      admin: false,
      profile: true,
      period: true,
      structure: true,
      units: true,
      published: true,
    });
    await app.close();
  });
});

describe('the one-time code', () => {
  it('is four groups of four characters that are not mistaken for each other', () => {
    const code = createSetupCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    expect(createSetupCode()).not.toBe(code);
    expect(setupCodeMatches(code, code.toLowerCase().replaceAll('-', ' '))).toBe(true);
    expect(setupCodeMatches(code, code.slice(1))).toBe(false);
  });
});
