import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { countRows, insertSeed } from '../src/db/seed-import';
import { seed } from './helpers';

function emptyDatabase() {
  const db = openDatabase(':memory:');
  migrate(db);
  return db;
}

describe('insertSeed', () => {
  it('stores every row of the seed', () => {
    const counts = insertSeed(emptyDatabase(), seed);
    expect(counts.measures).toBe(seed.measures.length);
    expect(counts.activities).toBe(seed.activities.length);
    expect(counts.activity_units).toBe(seed.activities.flatMap((a) => a.units).length);
    expect(counts.units).toBe(seed.units.length);
    expect(counts.outcomes).toBe(seed.measures.flatMap((m) => m.outcomes).length);
  });

  it('is all or nothing: an activity naming an unknown unit leaves the database empty', () => {
    const db = emptyDatabase();
    const [first, ...rest] = seed.activities;
    const broken = { ...seed, activities: [...rest, { ...first!, units: ['NOPE'] }] };
    expect(() => insertSeed(db, broken)).toThrow(/unknown units: NOPE/);
    expect(Object.values(countRows(db)).every((count) => count === 0)).toBe(true);
  });

  it('refuses a measure whose goal the period lacks', () => {
    const [first, ...rest] = seed.measures;
    const broken = { ...seed, measures: [{ ...first!, goal: 'Inget sådant mål' }, ...rest] };
    expect(() => insertSeed(emptyDatabase(), broken)).toThrow(/Inget sådant mål/);
  });
});
