import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFirstAdmin } from '../src/auth/first-admin';
import { hashPassword, scryptNFrom, verifyPassword } from '../src/auth/password';
import { createAuditQueries } from '../src/db/audit';
import { createUserQueries } from '../src/db/users';
import { createSeededDatabase, TEST_SCRYPT_N } from './helpers';
import { addUser, asUser, createTestContext, PASSWORD, signIn } from './session-helpers';

describe('sign-in', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  const logLines: string[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    context = await createTestContext({ logger: { level: 'trace', stream } });
    await addUser(context.db, 'anna', ['controller']);
    await addUser(context.db, 'sparrad', ['controller']);
    const users = createUserQueries(context.db);
    const blocked = users.credentials('sparrad');
    if (blocked) users.update(blocked.id, 1, { disabled: true });
  });
  afterAll(() => context.app.close());

  it('refuses a wrong password with one message for every cause, and records it', async () => {
    const wrong = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna', password: 'fel-lösenord-123' },
    });
    const unknown = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ingen', password: 'fel-lösenord-123' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().message).toBe(wrong.json().message);
    const audit = createAuditQueries(context.db).recent(10);
    expect(audit.filter((entry) => entry.action === 'login_failed').map((e) => e.subject)).toEqual(
      expect.arrayContaining(['anna', 'ingen']),
    );
  });

  it('refuses a disabled account', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sparrad', password: PASSWORD },
    });
    expect(response.statusCode).toBe(401);
  });

  it('sets an httpOnly, SameSite=Strict session cookie and gives the CSRF token', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'Anna', password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'malbild_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(response.json()).toMatchObject({ user: { username: 'anna', roles: ['controller'] } });
    expect(response.json().csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('never writes a password to the log', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(PASSWORD);
    expect(logLines.join('\n')).not.toContain('fel-lösenord-123');
  });

  it('knows the user by the cookie, and forgets them at sign-out', async () => {
    const session = await signIn(context.app, 'anna');
    const me = await asUser(context.app, session, { method: 'GET', url: '/api/auth/session' });
    expect(me.json().user.username).toBe('anna');
    const out = await asUser(context.app, session, { method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ providerLogoutUrl: null });
    const after = await asUser(context.app, session, { method: 'GET', url: '/api/auth/session' });
    expect(after.json()).toEqual({ user: null, csrfToken: null });
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const session = await signIn(context.app, 'anna');
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('sign-in behind a TLS proxy', () => {
  it('marks the cookie Secure', async () => {
    const { app, db } = await createTestContext({ trustProxy: true });
    await addUser(db, 'bertil', ['controller']);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'bertil', password: PASSWORD },
    });
    expect(response.cookies.find((c) => c.name === 'malbild_session')?.secure).toBe(true);
    await app.close();
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 after 10 attempts a minute from one address', async () => {
    const { app } = await createTestContext();
    const responses = [];
    for (let i = 0; i < 12; i += 1) {
      responses.push(
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'gissare', password: `försök-nummer-${i}` },
        }),
      );
    }
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(responses[11]?.json().message).toMatch(/^För många försök\. Vänta \d+ sekunder/);
    await app.close();
  });
});

describe('the first administrator', () => {
  it('is created from the environment only when there is no account', async () => {
    const db = createSeededDatabase();
    const users = createUserQueries(db);
    expect(await createFirstAdmin(users, {})).toBeNull();
    const env = {
      MALBILD_ADMIN_USERNAME: 'admin',
      MALBILD_ADMIN_PASSWORD: PASSWORD,
      MALBILD_SCRYPT_N: String(TEST_SCRYPT_N),
    };
    expect(await createFirstAdmin(users, env)).toBe('admin');
    expect(await createFirstAdmin(users, { ...env, MALBILD_ADMIN_USERNAME: 'admin2' })).toBeNull();
    expect(users.list().map((u) => [u.username, u.roles])).toEqual([['admin', ['admin']]]);
    db.close();
  });
});

describe('user administration', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    await addUser(context.db, 'controller', ['controller']);
  });
  afterAll(() => context.app.close());

  const newUser = {
    username: 'sara',
    displayName: 'Sara Svensson',
    password: 'ett-annat-långt-lösenord',
    roles: ['unit_editor'],
    units: ['SOU'],
  };

  it('lets only administrators add users', async () => {
    const anonymous = await asUser(context.app, null, {
      method: 'POST',
      url: '/api/users',
      payload: newUser,
    });
    const controller = await signIn(context.app, 'controller');
    const refused = await asUser(context.app, controller, {
      method: 'POST',
      url: '/api/users',
      payload: newUser,
    });
    const admin = await signIn(context.app, 'admin');
    const created = await asUser(context.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: newUser,
    });
    expect([anonymous.statusCode, refused.statusCode, created.statusCode]).toEqual([401, 403, 201]);
    expect(created.json()).toMatchObject({
      username: 'sara',
      roles: ['unit_editor'],
      units: ['SOU'],
    });
    expect(created.body).not.toContain('password');
  });

  it('says per field what is wrong', async () => {
    const admin = await signIn(context.app, 'admin');
    const response = await asUser(context.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { ...newUser, username: 'x y', password: 'kort', units: ['XYZ'] },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('refuses an unknown unit and a taken username', async () => {
    const admin = await signIn(context.app, 'admin');
    const unknownUnit = await asUser(context.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: { ...newUser, username: 'olle', units: ['XYZ'] },
    });
    expect(unknownUnit.statusCode).toBe(400);
    // The same words as every other refusal of an unknown unit (activities, filters).
    expect(unknownUnit.json().fields).toEqual([
      { path: 'units', message: 'Enheten XYZ finns inte' },
    ]);
    const taken = await asUser(context.app, admin, {
      method: 'POST',
      url: '/api/users',
      payload: newUser,
    });
    expect(taken.statusCode).toBe(409);
  });

  it('refuses a change based on a stale version and shows the current user', async () => {
    const admin = await signIn(context.app, 'admin');
    const sara = createUserQueries(context.db)
      .list()
      .find((u) => u.username === 'sara')!;
    const first = await asUser(context.app, admin, {
      method: 'PATCH',
      url: `/api/users/${sara.id}`,
      payload: { units: ['SOU', 'KSF'], version: sara.version },
    });
    expect(first.statusCode).toBe(200);
    const stale = await asUser(context.app, admin, {
      method: 'PATCH',
      url: `/api/users/${sara.id}`,
      payload: { disabled: true, version: sara.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ units: ['KSF', 'SOU'], disabled: false });
  });
});

describe('password hashing', () => {
  // The one test at the production cost: no timing is asserted, and it may take its time.
  it('hashes with scrypt N=2^15, r=8, p=1 by default and verifies with the stored parameters', async () => {
    const stored = await hashPassword(PASSWORD);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('ett-annat-lösenord', stored)).toBe(false);
  }, 60_000);

  it('takes the cost from MALBILD_SCRYPT_N, which must be a power of two', async () => {
    expect(scryptNFrom(undefined)).toBe(2 ** 15);
    expect(scryptNFrom('1024')).toBe(1024);
    for (const wrong of ['1000', 'abc', '1', '-2']) expect(() => scryptNFrom(wrong)).toThrow();
    // A hash keeps its own cost: one made cheaply still verifies wherever the default is higher.
    const cheap = await hashPassword(PASSWORD, TEST_SCRYPT_N);
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword(PASSWORD, cheap)).toBe(true);
  });
});
