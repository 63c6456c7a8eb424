import { describe, expect, it } from 'vitest';
import type { ErrorResponse, User } from '@malbild/shared';
import { addUser, asUser, createTestContext, signIn } from './session-helpers';

// Finding 8 of the hardening review: the last administrator could remove their own admin role
// or disable themselves, and nobody could manage users afterwards.

describe('the last administrator', () => {
  it('cannot remove the last admin role nor disable the last admin; with two admins one may go', async () => {
    const context = await createTestContext();
    const anna = await addUser(context.db, 'anna', ['admin']);
    const session = await signIn(context.app, 'anna');
    const patch = (id: number, payload: object) =>
      asUser(context.app, session, { method: 'PATCH', url: `/api/users/${id}`, payload });
    const version = async (id: number) =>
      (await asUser(context.app, session, { method: 'GET', url: '/api/users' }))
        .json<User[]>()
        .find((u) => u.id === id)?.version ?? 0;

    const message =
      'Det måste finnas minst en aktiv administratör. Ge först någon annan rollen administratör.';
    const demoted = await patch(anna.id, { roles: ['controller'], version: anna.version });
    expect(demoted.statusCode).toBe(400);
    expect(demoted.json<ErrorResponse>().fields).toEqual([{ path: 'roles', message }]);
    const disabled = await patch(anna.id, { disabled: true, version: anna.version });
    expect(disabled.json<ErrorResponse>().fields).toEqual([{ path: 'disabled', message }]);
    // Nothing of either was kept: Anna is an active admin at the same version.
    expect(await version(anna.id)).toBe(anna.version);

    const bo = await addUser(context.db, 'bo', ['admin']);
    expect(
      (await patch(anna.id, { roles: ['controller'], version: anna.version })).statusCode,
    ).toBe(200);
    // Bo is now the only one: he cannot disable himself either.
    const boSession = await signIn(context.app, 'bo');
    const last = await asUser(context.app, boSession, {
      method: 'PATCH',
      url: `/api/users/${bo.id}`,
      payload: { disabled: true, version: bo.version },
    });
    expect(last.statusCode).toBe(400);
    await context.app.close();
  });
});
