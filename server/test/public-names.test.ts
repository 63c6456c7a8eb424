import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@malbild/shared';
import { createUserQueries } from '../src/db/users';
import { outcome } from './entry-changes';
import { asUser, createTestContext, PASSWORD, publishUnitReview, signIn } from './session-helpers';
import { createPasswords } from '../src/auth/password';

// Finding 6 of the hardening review: GET /api/activities/1/history answered ["sou"], an account
// name, to anyone. Public answers name the person by display name, never by username.

const USERNAMES = ['sou-redaktor', 'ctrl-kontroll'];

describe('who changed what, in public answers', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let activityId: number;

  beforeAll(async () => {
    context = await createTestContext();
    const users = createUserQueries(context.db);
    const passwords = createPasswords(2 ** 10);
    const hash = await passwords.hash(PASSWORD);
    users.create({
      username: USERNAMES[0]!,
      displayName: 'Sara Öberg',
      passwordHash: hash,
      roles: ['unit_editor'],
      units: ['SOU'],
    });
    users.create({
      username: USERNAMES[1]!,
      displayName: 'Carl Kontroll',
      passwordHash: hash,
      roles: ['controller'],
      units: [],
    });
    const editor = await signIn(context.app, USERNAMES[0]!);
    const controller = await signIn(context.app, USERNAMES[1]!);
    const created = await asUser(context.app, editor, {
      method: 'POST',
      url: '/api/activities',
      payload: { year: 2024, measureNumber: 1, units: ['SOU'], text: 'Läxhjälp' },
    });
    const activity = created.json<Activity>();
    activityId = activity.id;
    await asUser(context.app, editor, {
      method: 'POST',
      url: `/api/activities/${activityId}/follow-ups`,
      payload: { status: 'done', comment: 'Klart', date: '2024-12-01', version: activity.version },
    });
    const saved = await asUser(context.app, controller, {
      method: 'POST',
      url: '/api/entry/2024',
      payload: { changes: [outcome(8, 26300, 0)] },
    });
    expect(saved.statusCode).toBe(200);
    // Published, so that the public reads the plan and the follow-up (decision 019).
    for (const kind of ['plan', 'follow_up'] as const) {
      await publishUnitReview(context.app, { unit: 'SOU', year: 2024, kind }, editor, controller);
    }
  });
  afterAll(() => context.app.close());

  it.each([
    '/api/activities?year=2024',
    '/api/activities/{id}/history',
    '/api/measures/8',
    '/api/measures/8/history',
    '/api/export/activities.json',
    '/api/export/activities.csv',
    '/api/export/measures.json',
  ])('%s names display names only', async (template) => {
    const response = await context.app.inject(template.replace('{id}', String(activityId)));
    expect(response.statusCode).toBe(200);
    for (const username of USERNAMES) expect(response.body).not.toContain(username);
  });

  it('says who by display name', async () => {
    const history = await context.app.inject(`/api/activities/${activityId}/history`);
    expect(history.body).toContain('Sara Öberg');
    const activities = (await context.app.inject('/api/activities?year=2024')).json<Activity[]>();
    const mine = activities.find((a) => a.id === activityId);
    expect(mine).toMatchObject({ updatedBy: 'Sara Öberg', followUp: { by: 'Sara Öberg' } });
    expect((await context.app.inject('/api/measures/8/history')).body).toContain('Carl Kontroll');
  });
});
