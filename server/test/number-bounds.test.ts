import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  EntrySaveResult,
  ErrorResponse,
  MeasureWithAssessment,
} from '@malbild/shared';
import { loadMigrations } from '../src/db/migrate';
import { outcome } from './entry-changes';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// Finding 1 of the hardening review: a number the API accepts must be finite and within bounds,
// and a stored outlier must never break a read.

const NINES = '9'.repeat(400);

describe('numbers the API accepts', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let editor: TestSession;
  let controller: TestSession;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'red-sou', ['unit_editor'], ['SOU']);
    await addUser(context.db, 'kontroller', ['controller']);
    editor = await signIn(context.app, 'red-sou');
    controller = await signIn(context.app, 'kontroller');
  });
  afterAll(() => context.app.close());

  const activityCount = () =>
    (context.db.prepare('SELECT count(*) AS n FROM activities').get() as { n: number }).n;

  it.each([NINES, `1-${NINES}`, '2000000000000'])(
    'refuses antal %#, saves nothing, and every read of the activities still answers',
    async (antal) => {
      const before = activityCount();
      const response = await asUser(context.app, editor, {
        method: 'POST',
        url: '/api/activities',
        payload: {
          year: 2024,
          measureNumber: 1,
          units: ['SOU'],
          verksamhet: 'Grundskola',
          text: 'Lovskola',
          antal,
        },
      });
      expect(response.statusCode).toBe(400);
      const body = response.json<ErrorResponse>();
      expect(body.fields).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'antal', message: expect.stringMatching(/för stort/) }),
        ]),
      );
      expect(activityCount()).toBe(before);
      for (const url of [
        '/api/activities',
        '/api/activities?year=2024',
        '/api/activities?unit=SOU',
        '/api/export/activities.json',
      ]) {
        expect((await context.app.inject(url)).statusCode, url).toBe(200);
      }
    },
  );

  it('refuses an outcome past the bounds of a measure without a scale maximum', async () => {
    const response = await asUser(context.app, controller, {
      method: 'POST',
      url: '/api/entry/2023',
      payload: { changes: [outcome(8, 1.7e308, 1)] },
    });
    const results = response.json<EntrySaveResult>().results;
    expect(results).toEqual([
      expect.objectContaining({
        result: 'refused',
        errors: [expect.objectContaining({ message: expect.stringMatching(/större än/) })],
      }),
    ]);
  });

  it('answers a measure whose stored outcomes overflow every sum, with the figures marked not computable', async () => {
    const update = context.db.prepare(
      `UPDATE outcomes SET value = 1.7e308
        WHERE series_id = (SELECT series_id FROM measures WHERE number = 8)`,
    );
    update.run();
    const response = await context.app.inject('/api/measures/8');
    expect(response.statusCode).toBe(200);
    const { assessment } = response.json<MeasureWithAssessment>();
    expect(assessment.projection).toEqual({ ok: false, reason: 'out_of_range' });
    expect((await context.app.inject('/api/overview')).statusCode).toBe(200);
    expect((await context.app.inject('/api/export/measures.json')).statusCode).toBe(200);
  });
});

describe('migration 007', () => {
  it('drops the Infinity bounds an earlier version stored, so the activity list reads again', async () => {
    const context = await createTestContext();
    await addUser(context.db, 'kontroll', ['controller']);
    // The working plan, where the earlier version stored them (published copies came later).
    const read = async () =>
      asUser(context.app, await signIn(context.app, 'kontroll'), {
        method: 'GET',
        url: '/api/activities',
      });
    const infinite = context.db.prepare(
      'UPDATE activities SET antal = ?, antal_min = 9e999, antal_max = 9e999 WHERE id = (SELECT min(id) FROM activities)',
    );
    infinite.run(NINES);
    expect((await read()).statusCode).toBe(500);
    const migration = loadMigrations().find((m) => m.name.startsWith('007-'));
    context.db.exec(migration?.sql ?? '');
    const response = await read();
    expect(response.statusCode).toBe(200);
    const first = response.json<Activity[]>().find((a) => a.antal === NINES);
    expect(first).toMatchObject({ antalMin: null, antalMax: null });
    await context.app.close();
  });
});
