import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FILES, type SeedActivity, type UnitWithCounts } from '@malbild/shared';
import { createTestApp, getJson, readSeedJson, seed } from './helpers';

/** Activities per unit and year, counted here from the raw activities.json. */
function countFromSeedFile(): Map<string, Map<number, number>> {
  const activities = readSeedJson(SEED_FILES.activities) as SeedActivity[];
  const counts = new Map<string, Map<number, number>>();
  for (const activity of activities) {
    for (const unit of activity.units) {
      const perYear = counts.get(unit) ?? new Map<number, number>();
      perYear.set(activity.year, (perYear.get(activity.year) ?? 0) + 1);
      counts.set(unit, perYear);
    }
  }
  return counts;
}

describe('GET /api/units', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lists every unit with its activity counts per year, computed from the activity rows', async () => {
    const { status, body } = await getJson<UnitWithCounts[]>(app, '/api/units');
    expect(status).toBe(200);
    const expectedCounts = countFromSeedFile();
    expect(body.map((unit) => unit.code).sort()).toEqual(
      seed.units.map((unit) => unit.code).sort(),
    );
    for (const unit of body) {
      const perYear = [...(expectedCounts.get(unit.code) ?? new Map())]
        .map(([year, count]) => ({ year, count }))
        .sort((a, b) => a.year - b.year);
      expect(unit.activityCounts, unit.code).toEqual(perYear);
      expect(unit.name).toBe(seed.units.find((seeded) => seeded.code === unit.code)?.name);
    }
  });
});
