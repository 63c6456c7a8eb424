import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, EntrySaveResult, User } from '@malbild/shared';
import { outcome } from './entry-changes';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

type Request = Parameters<typeof asUser>[2];

// One conflict path: every versioned write answers a stale version with 409 and the same body,
// { error: 'Conflict', message, current }, where current is the row as the other writer left it.
describe('a write based on a stale version', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let admin: TestSession;
  const send = (request: Request) => asUser(context.app, admin, request);
  const json = async <T>(request: Request) => (await send(request)).json<T>();

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    admin = await signIn(context.app, 'admin');
  });
  afterAll(() => context.app.close());

  /** Each versioned resource: how to change it at a version, and where its version is read. */
  const writes: Record<string, () => Promise<{ change: (version: number) => Request }>> = {
    activity: async () => {
      const { id, measureNumber, units, text } = await json<Activity>({
        method: 'POST',
        url: '/api/activities',
        payload: { year: 2024, measureNumber: 1, units: ['SOU'], text: 'Konflikt' },
      });
      return {
        change: (version) => ({
          method: 'PATCH',
          url: `/api/activities/${id}`,
          payload: { measureNumber, units, text: `${text} ${version}`, version },
        }),
      };
    },
    'activity follow-up': async () => {
      const { id } = await json<Activity>({
        method: 'POST',
        url: '/api/activities',
        payload: { year: 2024, measureNumber: 1, units: ['SOU'], text: 'Uppföljning' },
      });
      let status = 0;
      return {
        change: (version) => ({
          method: 'POST',
          url: `/api/activities/${id}/follow-ups`,
          payload: {
            status: ++status % 2 ? 'in_progress' : 'done',
            date: '2024-06-30',
            version,
          },
        }),
      };
    },
    definition: async () => ({
      change: (version) => ({
        method: 'PATCH',
        url: '/api/measures/2/definition',
        payload: { koladaKpi: `N0000${version}`, version },
      }),
    }),
    organisation: async () => ({
      change: (version) => ({
        method: 'PUT',
        url: '/api/organisation',
        payload: { municipalityCode: String(2080 + version), version },
      }),
    }),
    user: async () => {
      const { id } = await json<User>({
        method: 'POST',
        url: '/api/users',
        payload: {
          username: 'konflikt',
          displayName: 'Konflikt',
          password: 'ett-långt-lösenord-för-test',
          roles: ['controller'],
        },
      });
      return {
        change: (version) => ({
          method: 'PATCH',
          url: `/api/users/${id}`,
          payload: { displayName: `Namn ${version}`, version },
        }),
      };
    },
  };

  it.each(Object.keys(writes))('%s: 409 with the current row', async (name) => {
    const { change } = await writes[name]!();
    const first = await send(change(1));
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json<{ version: number }>();
    expect(saved.version).toBe(2);

    const stale = await send(change(1));
    expect(stale.statusCode).toBe(409);
    const body = stale.json<{ error: string; message: string; current: unknown }>();
    expect(Object.keys(body).sort()).toEqual(['current', 'error', 'message']);
    expect(body).toMatchObject({
      error: 'Conflict',
      message: expect.stringMatching(/^Någon annan/),
    });
    expect(body.current).toEqual(saved);
  });

  it('an outcome in the entry grid: that cell is a conflict with the current value, the others save', async () => {
    const post = (changes: object[]) =>
      json<EntrySaveResult>({ method: 'POST', url: '/api/entry/2024', payload: { changes } });
    const [first] = (await post([outcome(3, 40, 0)])).results;
    expect(first).toMatchObject({ result: 'saved', current: { value: 40, version: 1 } });
    const { results } = await post([outcome(3, 41, 0), outcome(4, 10, 0)]);
    expect(results.map((r) => r.result)).toEqual(['conflict', 'saved']);
    expect(results[0]!.current).toEqual(first!.current);
  });
});
