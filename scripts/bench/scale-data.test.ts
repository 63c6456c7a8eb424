import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { UnitWithCounts } from '@malbild/shared';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/connection';
import { createSeededDatabase, SEED_DIR } from '../../server/test/helpers';
import { generateScaleDatabase } from './scale-data';

describe('the scaled database of the bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-scale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the seed period current, with the same answers apart from the extra activities', async () => {
    const path = join(dir, 'scale.sqlite');
    const counts = generateScaleDatabase(path, SEED_DIR, {
      periods: 3,
      currentCopies: 2,
      earlierCopies: 1,
    });
    const seedDb = createSeededDatabase();
    const seedActivities = (seedDb.prepare('SELECT count(*) FROM activities').pluck().get() ??
      0) as number;
    expect(counts).toMatchObject({ periods: 3, measures: 51, activities: seedActivities * 4 });

    const scaledDb = openDatabase(path, { fileMustExist: true });
    const [scaled, seeded] = await Promise.all([
      buildApp({ db: scaledDb }),
      buildApp({ db: seedDb }),
    ]);
    const get = async (app: typeof scaled, url: string) => (await app.inject({ url })).json();
    for (const url of [
      '/api/periods/current',
      '/api/overview',
      '/api/measures',
      '/api/measures/7',
    ]) {
      expect(await get(scaled, url), url).toEqual(await get(seeded, url));
    }
    // Units count the current period's activities only: twice the seed's, not the earlier periods'.
    const doubled = ((await get(seeded, '/api/units')) as UnitWithCounts[]).map((unit) => ({
      ...unit,
      activityCounts: unit.activityCounts.map(({ year, count }) => ({ year, count: count * 2 })),
    }));
    expect(await get(scaled, '/api/units')).toEqual(doubled);
    await Promise.all([scaled.close(), seeded.close()]);
    scaledDb.close();
    seedDb.close();
  });
});
