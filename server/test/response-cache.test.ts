import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure, Overview, UnitWithCounts } from '@malbild/shared';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { openDatabase, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { importSeed } from '../src/db/seed-import';
import { outcome } from './entry-changes';
import { SEED_DIR, TEST_SCRYPT_N } from './helpers';
import { addUser, asUser, signIn } from './session-helpers';

// The overview, the measure list and the unit counts are cached until the data changes: a
// write must show at once, whoever made it.
describe('cached answers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-cache-'));
  const path = join(dir, 'cache.sqlite');
  let db: Db;
  let other: Db;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = openDatabase(path);
    migrate(db);
    importSeed(db, SEED_DIR);
    other = openDatabase(path, { fileMustExist: true });
    app = await buildApp({ db, scryptN: TEST_SCRYPT_N });
  });
  afterAll(async () => {
    await app.close();
    db.close();
    other.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async <T>(url: string) => (await app.inject({ url })).json<T>();
  const outcome2022 = (measures: Measure[], number: number) =>
    measures.find((m) => m.number === number)?.outcomes.find((o) => o.year === 2022)?.value;

  it('answers a repeated request with the same bytes', async () => {
    const first = await app.inject({ url: '/api/overview' });
    const second = await app.inject({ url: '/api/overview' });
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('shows a write through the API at once', async () => {
    await addUser(db, 'kontroller', ['controller']);
    const session = await signIn(app, 'kontroller');
    const before = await get<Measure[]>('/api/measures');
    await get<Overview>('/api/overview?year=2022');
    const version = 1;
    const saved = await asUser(app, session, {
      method: 'POST',
      url: '/api/entry/2022',
      payload: {
        changes: [outcome(8, 25_001, version)],
      },
    });
    expect(saved.json().results[0].result).toBe('saved');
    expect(outcome2022(before, 8)).not.toBe(25_001);
    expect(outcome2022(await get<Measure[]>('/api/measures'), 8)).toBe(25_001);
    const overview = await get<Overview>('/api/overview?year=2022');
    const measure8 = overview.areas
      .flatMap((area) => area.goals.flatMap((goal) => goal.measures))
      .find((m) => m.number === 8);
    expect(measure8?.outcome).toBe(25_001);
  });

  it('shows a write by another connection (another process, a script) at once', async () => {
    await get<Measure[]>('/api/measures');
    const unitsBefore = await get<UnitWithCounts[]>('/api/units');
    other
      .prepare(
        `UPDATE outcomes SET value = 26_002, version = version + 1
         WHERE year = 2022 AND series_id = (SELECT series_id FROM measures WHERE number = 8)`,
      )
      .run();
    other.prepare("UPDATE activities SET deleted_at = 'now' WHERE year = 2024").run();
    // And from the published plans the public reads (decision 019).
    other.exec(`DELETE FROM published_activity_units
        WHERE activity_id IN (SELECT id FROM published_activities WHERE year = 2024);
      DELETE FROM published_activities WHERE year = 2024`);
    expect(outcome2022(await get<Measure[]>('/api/measures'), 8)).toBe(26_002);
    const units = await get<UnitWithCounts[]>('/api/units');
    expect(units.flatMap((u) => u.activityCounts).some((c) => c.year === 2024)).toBe(false);
    expect(unitsBefore.flatMap((u) => u.activityCounts).some((c) => c.year === 2024)).toBe(true);
  });
});
