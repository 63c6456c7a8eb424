import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapAdminGroup } from '../src/auth/oidc-admin-group';
import { signInSettingsFrom } from '../src/auth/oidc-config';
import { createGroupMappingQueries } from '../src/db/identity-groups';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

describe('the group mapping API', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let admin: TestSession;
  let controller: TestSession;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    await addUser(context.db, 'controller', ['controller']);
    admin = await signIn(context.app, 'admin');
    controller = await signIn(context.app, 'controller');
  });
  afterAll(() => context.app.close());

  const create = (payload: object, session = admin) =>
    asUser(context.app, session, { method: 'POST', url: '/api/group-mappings', payload });

  it('adds, lists, changes and removes a mapping, each in the audit log', async () => {
    const created = await create({
      groupId: ' 3f2a-sou ',
      label: 'SOU-redaktörer',
      roles: ['unit_editor'],
      units: ['SOU'],
    });
    expect(created.statusCode).toBe(201);
    const mapping = created.json();
    expect(mapping).toMatchObject({ groupId: '3f2a-sou', roles: ['unit_editor'], version: 1 });

    const list = await asUser(context.app, admin, { method: 'GET', url: '/api/group-mappings' });
    expect(list.json()).toEqual([mapping]);

    const changed = await asUser(context.app, admin, {
      method: 'PATCH',
      url: `/api/group-mappings/${mapping.id}`,
      payload: { ...mapping, roles: ['unit_editor', 'controller'], version: 1 },
    });
    expect(changed.json()).toMatchObject({ roles: ['controller', 'unit_editor'], version: 2 });

    const stale = await asUser(context.app, admin, {
      method: 'PATCH',
      url: `/api/group-mappings/${mapping.id}`,
      payload: { ...mapping, roles: ['admin'], version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ version: 2 });

    const removed = await asUser(context.app, admin, {
      method: 'DELETE',
      url: `/api/group-mappings/${mapping.id}?version=2`,
    });
    expect(removed.statusCode).toBe(204);
    const audit = await asUser(context.app, admin, { method: 'GET', url: '/api/audit' });
    const actions = audit.json<{ action: string }[]>().map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'group_mapping_created',
        'group_mapping_changed',
        'group_mapping_removed',
      ]),
    );
  });

  it('refuses a group mapped twice, an unknown unit and no role, in Swedish', async () => {
    expect((await create({ groupId: 'g-1', roles: ['controller'] })).statusCode).toBe(201);
    const twice = await create({ groupId: 'g-1', roles: ['admin'] });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toBe('Gruppen g-1 har redan en koppling. Ändra den i stället.');
    const unknownUnit = await create({ groupId: 'g-2', roles: ['unit_editor'], units: ['XYZ'] });
    expect(unknownUnit.json().fields).toEqual([
      { path: 'units', message: 'Enheten XYZ finns inte' },
    ]);
    const noRole = await create({ groupId: 'g-3', roles: [] });
    expect(noRole.json().fields).toEqual([{ path: 'roles', message: 'Välj minst en roll' }]);
    const longId = await create({ groupId: 'x'.repeat(201), roles: ['admin'] });
    expect(longId.json().fields).toEqual([
      { path: 'groupId', message: 'Gruppens id får ha högst 200 tecken' },
    ]);
  });

  it('is for administrators only', async () => {
    const list = await asUser(context.app, controller, {
      method: 'GET',
      url: '/api/group-mappings',
    });
    expect(list.statusCode).toBe(403);
    expect((await create({ groupId: 'g-9', roles: ['admin'] }, controller)).statusCode).toBe(403);
    const anonymous = await context.app.inject({ url: '/api/group-mappings' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('maps MALBILD_OIDC_ADMIN_GROUP to the admin role once', () => {
    const mappings = createGroupMappingQueries(context.db);
    const env = { MALBILD_OIDC_ADMIN_GROUP: 'malbild-admins' };
    expect(mapAdminGroup(mappings, env)).toBe(true);
    expect(mapAdminGroup(mappings, env)).toBe(false);
    expect(mappings.list().find((m) => m.groupId === 'malbild-admins')?.roles).toEqual(['admin']);
  });
});

describe('the sign-in settings from the environment', () => {
  const oidc = {
    MALBILD_OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
    MALBILD_OIDC_CLIENT_ID: 'klient',
    MALBILD_OIDC_CLIENT_SECRET: 'hemligt',
    MALBILD_OIDC_REDIRECT_URL: 'https://malbild.kommun.se/api/auth/oidc/callback',
  };

  it('has only passwords without an issuer, and reads the provider with its defaults', () => {
    expect(signInSettingsFrom({})).toMatchObject({ localLogin: true, oidc: null });
    const settings = signInSettingsFrom({ ...oidc, MALBILD_OIDC_SUBJECT_CLAIM: 'oid' });
    expect(settings.oidc).toMatchObject({
      subjectClaim: 'oid',
      groupsClaim: 'groups',
      scopes: 'openid profile',
      providerName: 'kommunens konto',
    });
    expect(settings.oidc?.postLogoutRedirectUrl.href).toBe('https://malbild.kommun.se/');
  });

  it('refuses at start what could not work', () => {
    expect(() => signInSettingsFrom({ MALBILD_OIDC_ISSUER: oidc.MALBILD_OIDC_ISSUER })).toThrow(
      /MALBILD_OIDC_CLIENT_ID/,
    );
    expect(() =>
      signInSettingsFrom({ ...oidc, MALBILD_OIDC_ISSUER: 'http://idp.kommun.se' }),
    ).toThrow(/https/);
    expect(() => signInSettingsFrom({ MALBILD_LOCAL_LOGIN: 'false' })).toThrow(/nobody could/);
    expect(() => signInSettingsFrom({ MALBILD_LOCAL_LOGIN: 'nej' })).toThrow(/true or false/);
    expect(signInSettingsFrom({ ...oidc, MALBILD_LOCAL_LOGIN: 'false' }).localLogin).toBe(false);
  });
});
