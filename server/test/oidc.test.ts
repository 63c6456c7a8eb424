import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/connection';
import type { SignInSettings } from '../src/auth/oidc-config';
import { DEFAULT_ACCESS_CONTACT } from '../src/auth/oidc-config';
import { createAuditQueries } from '../src/db/audit';
import { createGroupMappingQueries } from '../src/db/identity-groups';
import { createUserQueries } from '../src/db/users';
import { addUser, createTestContext, signIn as signInWithPassword } from './session-helpers';
import {
  CLIENT_ID,
  CookieJar,
  followProvider,
  POST_LOGOUT_URL,
  REDIRECT_URL,
  startTestProvider,
  type TestAccount,
  type TestProvider,
} from './support/oidc-provider';

const CONTROLLERS = 'a3f1c2d4-0000-4000-8000-000000000001';
const EDITORS_SOU = 'a3f1c2d4-0000-4000-8000-000000000002';

function settingsFor(provider: { issuer: string; clientSecret: string }): SignInSettings {
  return {
    localLogin: true,
    accessContact: 'Kontakta servicedesk, telefon 0240-860 00.',
    oidc: {
      issuer: new URL(provider.issuer),
      clientId: CLIENT_ID,
      clientSecret: provider.clientSecret,
      redirectUrl: new URL(REDIRECT_URL),
      postLogoutRedirectUrl: new URL(POST_LOGOUT_URL),
      subjectClaim: 'sub',
      groupsClaim: 'groups',
      scopes: 'openid profile groups',
      providerName: 'kommunens konto',
    },
  };
}

/** One browser: its cookie for the app's sign-in, and its cookies at the provider. */
class Browser {
  readonly jar = new CookieJar();
  appCookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  cookieHeader() {
    return [...this.appCookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(url: string) {
    const response = await this.app.inject({ url, headers: { cookie: this.cookieHeader() } });
    for (const cookie of response.cookies) this.appCookies.set(cookie.name, cookie.value);
    return response;
  }

  /** Begins a sign-in and follows the provider until it sends the browser back to the app. */
  async toProvider(returnTo = '/inmatning'): Promise<URL> {
    const start = await this.get(`/api/auth/oidc/start?till=${encodeURIComponent(returnTo)}`);
    expect(start.statusCode).toBe(200);
    const { url } = await followProvider(
      start.json<{ authorizationUrl: string }>().authorizationUrl,
      this.jar,
    );
    expect(url.href.startsWith(REDIRECT_URL)).toBe(true);
    return url;
  }

  callback(url: URL) {
    return this.get(url.pathname + url.search);
  }

  async signIn(returnTo?: string) {
    return this.callback(await this.toProvider(returnTo));
  }
}

const outcomeOf = (response: { headers: Record<string, unknown> }) =>
  new URL(String(response.headers.location), 'http://app').searchParams.get('inloggning');

describe('sign-in with the identity provider (a real OpenID Connect provider on loopback)', () => {
  const accounts = new Map<string, TestAccount>([
    [
      'anna-sub',
      {
        name: 'Anna Andersson',
        preferred_username: 'anna.andersson@kommun.se',
        groups: [CONTROLLERS, 'en-annan-grupp'],
      },
    ],
    [
      'sara-sub',
      { name: 'Sara Sjöberg', preferred_username: 'sara.sjoberg@kommun.se', groups: [EDITORS_SOU] },
    ],
    ['utan-sub', { name: 'Urban Utan', preferred_username: 'urban@kommun.se', groups: [] }],
  ]);
  let provider: TestProvider;
  let app: FastifyInstance;
  let db: Db;
  const audit = () => createAuditQueries(db).recent(50);
  const lastRefusal = () =>
    JSON.parse(audit().find((e) => e.action === 'oidc_refused')?.detail ?? 'null') as unknown;

  beforeAll(async () => {
    provider = await startTestProvider(accounts);
    ({ app, db } = await createTestContext({ signIn: settingsFor(provider) }));
    const mappings = createGroupMappingQueries(db);
    mappings.create({
      groupId: CONTROLLERS,
      label: 'Controllers',
      roles: ['controller'],
      units: [],
    });
    mappings.create({ groupId: EDITORS_SOU, label: 'SOU', roles: ['unit_editor'], units: ['SOU'] });
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  it('tells the sign-in page what is configured', async () => {
    const options = await app.inject({ url: '/api/auth/options' });
    expect(options.json()).toEqual({
      localLogin: true,
      provider: { name: 'kommunens konto' },
      accessContact: 'Kontakta servicedesk, telefon 0240-860 00.',
    });
  });

  it('asks for the code with PKCE (S256), state and nonce', async () => {
    const start = await new Browser(app).get('/api/auth/oidc/start');
    const url = new URL(start.json<{ authorizationUrl: string }>().authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URL,
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.stringMatching(/^[\w-]{20,}$/),
      nonce: expect.stringMatching(/^[\w-]{20,}$/),
    });
    const cookie = start.cookies.find((c) => c.name === 'malbild_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
  });

  it('signs a user in with the roles their groups map to, and returns to the page asked for', async () => {
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    const callback = await browser.signIn('/inmatning?ar=2024');
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe(
      '/logga-in?inloggning=signed-in&till=%2Finmatning%3Far%3D2024',
    );
    const session = (await browser.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({
      username: 'anna.andersson',
      displayName: 'Anna Andersson',
      roles: ['controller'],
      units: [],
    });
    expect(session.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(audit()).toContainEqual(
      expect.objectContaining({ action: 'oidc_login', actor: 'anna.andersson' }),
    );
  });

  it('knows a returning user by the provider and sub, not by name or e-mail', async () => {
    provider.signInAs('sara-sub');
    const first = new Browser(app);
    await first.signIn();
    const firstUser = (await first.get('/api/auth/session')).json().user;
    expect(firstUser).toMatchObject({ roles: ['unit_editor'], units: ['SOU'] });

    accounts.set('sara-sub', {
      name: 'Sara Lind',
      preferred_username: 'sara.lind@kommun.se',
      groups: [EDITORS_SOU],
    });
    // Another account taking Sara's old e-mail address is somebody else.
    accounts.set('ny-sub', {
      name: 'Ny Person',
      preferred_username: 'sara.sjoberg@kommun.se',
      groups: [EDITORS_SOU],
    });
    const again = new Browser(app);
    await again.signIn();
    const returning = (await again.get('/api/auth/session')).json().user;
    expect(returning).toMatchObject({
      id: firstUser.id,
      username: firstUser.username,
      displayName: 'Sara Lind',
    });

    provider.signInAs('ny-sub');
    const other = new Browser(app);
    await other.signIn();
    const newcomer = (await other.get('/api/auth/session')).json().user;
    expect(newcomer.id).not.toBe(firstUser.id);
    expect(newcomer.username).toBe('sara.sjoberg-2');
  });

  it('refuses a user whose groups map to nothing with "no access", and keeps them for an admin', async () => {
    provider.signInAs('utan-sub');
    const browser = new Browser(app);
    const callback = await browser.signIn();
    expect(callback.statusCode).toBe(303);
    expect(outcomeOf(callback)).toBe('no-access');
    expect(browser.appCookies.has('malbild_session')).toBe(false);
    const stored = createUserQueries(db)
      .list()
      .find((u) => u.displayName === 'Urban Utan');
    expect(stored).toMatchObject({ username: 'urban', roles: [], disabled: false });
    expect(audit()).toContainEqual(
      expect.objectContaining({ action: 'oidc_refused', subject: 'urban' }),
    );

    // An administrator gives the role; it stays, since no group of the user's decides.
    await addUser(db, 'admin', ['admin']);
    const admin = await signInWithPassword(app, 'admin');
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/users/${stored!.id}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      payload: { roles: ['controller'], version: stored!.version },
    });
    expect(patch.statusCode).toBe(200);
    const later = new Browser(app);
    expect(outcomeOf(await later.signIn())).toBe('signed-in');
    expect((await later.get('/api/auth/session')).json().user.roles).toEqual(['controller']);
  });

  it('takes away the roles a group gave when the user leaves the group', async () => {
    accounts.set('lamnar-sub', {
      name: 'Lena Lämnar',
      preferred_username: 'lena@kommun.se',
      groups: [CONTROLLERS],
    });
    provider.signInAs('lamnar-sub');
    expect(outcomeOf(await new Browser(app).signIn())).toBe('signed-in');
    accounts.set('lamnar-sub', {
      name: 'Lena Lämnar',
      preferred_username: 'lena@kommun.se',
      groups: [],
    });
    expect(outcomeOf(await new Browser(app).signIn())).toBe('no-access');
    expect(
      createUserQueries(db)
        .list()
        .find((u) => u.username === 'lena')?.roles,
    ).toEqual([]);
  });

  it('refuses a disabled account', async () => {
    accounts.set('sparrad-sub', {
      name: 'Sparrad',
      preferred_username: 'sparrad@kommun.se',
      groups: [CONTROLLERS],
    });
    provider.signInAs('sparrad-sub');
    await new Browser(app).signIn();
    const users = createUserQueries(db);
    const user = users.list().find((u) => u.username === 'sparrad')!;
    users.update(user.id, user.version, { disabled: true });
    const browser = new Browser(app);
    expect(outcomeOf(await browser.signIn())).toBe('disabled');
    expect(browser.appCookies.has('malbild_session')).toBe(false);
  });

  it('refuses a replayed callback', async () => {
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    const url = await browser.toProvider();
    expect(outcomeOf(await browser.callback(url))).toBe('signed-in');
    browser.appCookies.delete('malbild_session');
    const replay = await browser.callback(url);
    expect(outcomeOf(replay)).toBe('invalid');
    expect(lastRefusal()).toMatchObject({ why: 'unknown, used or expired state' });
    expect(replay.cookies.some((c) => c.name === 'malbild_session')).toBe(false);
  });

  it('refuses a callback with a state it did not send', async () => {
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    const url = await browser.toProvider();
    url.searchParams.set('state', 'en-forfalskad-state-som-ingen-skickat');
    expect(outcomeOf(await browser.callback(url))).toBe('invalid');
    url.searchParams.delete('state');
    expect(outcomeOf(await browser.callback(url))).toBe('invalid');
  });

  it('refuses a code that was used once already, also with a fresh state', async () => {
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    const used = await browser.toProvider();
    expect(outcomeOf(await browser.callback(used))).toBe('signed-in');
    const fresh = await browser.toProvider();
    fresh.searchParams.set('code', used.searchParams.get('code')!);
    browser.appCookies.delete('malbild_session');
    const response = await browser.callback(fresh);
    expect(outcomeOf(response)).toBe('invalid');
    expect(lastRefusal()).toMatchObject({ why: expect.stringMatching(/invalid_grant/) });
    expect(response.cookies.some((c) => c.name === 'malbild_session')).toBe(false);
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    const url = await browser.toProvider();
    db.prepare('UPDATE oidc_sign_ins SET nonce = ? WHERE state = ?').run(
      'en-annan-nonce-an-den-skickade',
      url.searchParams.get('state'),
    );
    expect(outcomeOf(await browser.callback(url))).toBe('invalid');
    expect(lastRefusal()).toMatchObject({ reason: 'invalid', why: expect.stringMatching(/nonce/) });
  });

  it('refuses a callback in another browser than the one that began (login CSRF)', async () => {
    provider.signInAs('anna-sub');
    const attacker = new Browser(app);
    const url = await attacker.toProvider();
    const victim = new Browser(app);
    await victim.get('/api/auth/oidc/start');
    expect(outcomeOf(await victim.callback(url))).toBe('invalid');
    expect(lastRefusal()).toMatchObject({ why: 'the sign-in was begun in another browser' });
    expect(victim.appCookies.has('malbild_session')).toBe(false);
  });

  it('explains a sign-in the user cancelled at the provider', async () => {
    const browser = new Browser(app);
    const start = await browser.get('/api/auth/oidc/start');
    const state = new URL(
      start.json<{ authorizationUrl: string }>().authorizationUrl,
    ).searchParams.get('state')!;
    const params = new URLSearchParams({ error: 'access_denied', state, iss: provider.issuer });
    expect(outcomeOf(await browser.get(`/api/auth/oidc/callback?${params.toString()}`))).toBe(
      'cancelled',
    );
  });

  it('signs out here and offers the provider’s sign-out, which the provider accepts', async () => {
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    await browser.signIn();
    const { csrfToken } = (await browser.get('/api/auth/session')).json<{ csrfToken: string }>();
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: browser.cookieHeader(), 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(200);
    const logoutUrl = new URL(out.json<{ providerLogoutUrl: string }>().providerLogoutUrl);
    expect(logoutUrl.origin).toBe(provider.issuer);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(POST_LOGOUT_URL);
    expect(logoutUrl.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect((await browser.get('/api/auth/session')).json().user).toBeNull();
    expect(audit()).toContainEqual(
      expect.objectContaining({ action: 'oidc_logout', actor: 'anna.andersson' }),
    );

    // At the provider: its confirmation form, then back to us.
    const confirm = await followProvider(logoutUrl.href, browser.jar);
    const form = await confirm.response.text();
    const action = /action="([^"]+)"/.exec(form)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1];
    expect(action && xsrf).toBeTruthy();
    const done = await followProvider(new URL(action!, provider.issuer).href, browser.jar, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf: xsrf!, logout: 'yes' }).toString(),
    });
    expect(done.url.href.startsWith(POST_LOGOUT_URL)).toBe(true);
  });

  it('keeps a password sign-out as it was: nothing to offer', async () => {
    await addUser(db, 'lokal', ['controller']);
    const session = await signInWithPassword(app, 'lokal');
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    });
    expect(out.json()).toEqual({ providerLogoutUrl: null });
  });

  it('refuses a password for an account of the provider', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna.andersson', password: '' },
    });
    expect(response.statusCode).toBe(400);
    const withPassword = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna.andersson', password: 'vad-som-helst-123' },
    });
    expect(withPassword.statusCode).toBe(401);
  });
});

describe('the provider being down', () => {
  it('answers the start of a sign-in with 503 and a Swedish message', async () => {
    const gone = await startTestProvider(new Map());
    await gone.close();
    const { app } = await createTestContext({ signIn: settingsFor(gone) });
    const response = await app.inject({ url: '/api/auth/oidc/start' });
    expect(response.statusCode).toBe(503);
    expect(response.json().message).toMatch(
      /^Inloggningen med kommunens konto fungerar inte just nu: identitetsleverantören svarar inte\./,
    );
    await app.close();
  });

  it('sends the browser back with "provider unavailable" when it goes down mid-sign-in', async () => {
    const accounts = new Map([
      ['anna-sub', { name: 'Anna', preferred_username: 'anna', groups: [CONTROLLERS] }],
    ]);
    const provider = await startTestProvider(accounts);
    const { app, db } = await createTestContext({ signIn: settingsFor(provider) });
    createGroupMappingQueries(db).create({
      groupId: CONTROLLERS,
      label: '',
      roles: ['controller'],
      units: [],
    });
    provider.signInAs('anna-sub');
    const browser = new Browser(app);
    const url = await browser.toProvider();
    await provider.close();
    const response = await browser.callback(url);
    expect(outcomeOf(response)).toBe('provider-unavailable');
    expect(browser.appCookies.has('malbild_session')).toBe(false);
    await app.close();
  });
});

describe('without an identity provider', () => {
  it('offers only passwords and has no provider sign-in', async () => {
    const { app } = await createTestContext();
    expect((await app.inject({ url: '/api/auth/options' })).json()).toEqual({
      localLogin: true,
      provider: null,
      accessContact: DEFAULT_ACCESS_CONTACT,
    });
    const start = await app.inject({ url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(404);
    expect(start.json().message).toBe('Inloggning med identitetsleverantör är inte inställd här.');
    await app.close();
  });
});

describe('local passwords switched off', () => {
  it('refuses a password sign-in with a Swedish message, before reading it', async () => {
    const provider = await startTestProvider(new Map());
    const { app, db } = await createTestContext({
      signIn: { ...settingsFor(provider), localLogin: false },
    });
    await addUser(db, 'anna', ['controller']);
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'anna', password: 'ett-långt-lösenord-för-test' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toBe(
      'Inloggning med lösenord är avstängd här. Logga in med kommunens konto i stället.',
    );
    expect((await app.inject({ url: '/api/auth/options' })).json()).toMatchObject({
      localLogin: false,
    });
    await app.close();
    await provider.close();
  });
});
