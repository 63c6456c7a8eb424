import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorResponse, Overview } from '@malbild/shared';
import { createTestApp, getJson } from './helpers';

// The states a careful reader gives each measure from the table of 14 December 2022, for 2022
// (outcome vs target in the better direction; if not met, better than the previous outcome?).
const EXPECTED_2022 = {
  1: 'not_met', // 204 < 215, below 213
  2: 'met', // 14,0 ≥ 13,7
  3: 'no_data', // no outcome
  4: 'met', // 41 ≥ 40 (preliminary)
  5: 'no_data', // no outcome
  6: 'met', // 288 ≥ 247
  7: 'met', // 397 ≤ 480 (lower is better)
  8: 'not_met', // 26 383 < 26 550, below 26 497
  9: 'no_data', // "–"
  10: 'not_met', // 3,0 < 3,2, below 3,1
  11: 'met', // 88 ≥ 87
  12: 'met', // 70 ≥ 60
  13: 'not_met', // 79 < 89, below 93 (2020; no survey 2021)
  14: 'met', // 181 ≤ 189
  15: 'improving', // 38 > 32, better than 41
  16: 'improving', // 216 < 220, better than 214
  17: 'improving', // 148 > 147, better than 151
} as const;

describe('GET /api/overview', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('defaults to the latest year with outcomes and gives every measure its state', async () => {
    const { status, body } = await getJson<Overview>(app, '/api/overview');
    expect(status).toBe(200);
    expect(body.year).toBe(2022);
    const measures = body.areas.flatMap((a) => a.goals.flatMap((g) => g.measures));
    expect(Object.fromEntries(measures.map((m) => [m.number, m.state]))).toEqual(EXPECTED_2022);
  });

  it('counts per goal and area add up to the 17 measures', async () => {
    const { body } = await getJson<Overview>(app, '/api/overview?year=2022');
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(body.areas.flatMap((a) => a.goals).reduce((n, g) => n + sum(g.counts), 0)).toBe(17);
    expect(body.areas.reduce((n, a) => n + sum(a.counts), 0)).toBe(17);
    expect(body.areas.map((a) => [a.name, a.counts])).toEqual([
      ['Barn och unga', { met: 4, improving: 0, not_met: 1, no_data: 2 }],
      ['Arbete och näringsliv', { met: 0, improving: 0, not_met: 2, no_data: 1 }],
      ['Livsmiljö', { met: 3, improving: 3, not_met: 1, no_data: 0 }],
    ]);
  });

  it('assesses an earlier year on request', async () => {
    const { body } = await getJson<Overview>(app, '/api/overview?year=2021');
    const measure13 = body.areas
      .flatMap((a) => a.goals.flatMap((g) => g.measures))
      .find((m) => m.number === 13);
    expect(measure13).toMatchObject({
      state: 'no_data',
      outcomeNote: 'På grund av pandemin genomfördes ingen undersökning 2021.',
      // 2022 has an outcome again, so 2021 was skipped rather than not yet published.
      noDataReasons: ['not_measured'],
    });
  });

  it('gives each measure its period status as of the year, and counts them per goal', async () => {
    const { body } = await getJson<Overview>(app, '/api/overview?year=2022');
    expect(body.endYear).toBe(2025);
    expect(body.updatedAt).toBe('2022-12-14');
    const measures = body.areas.flatMap((a) => a.goals.flatMap((g) => g.measures));
    const byNumber = (n: number) => measures.find((m) => m.number === n)!;
    // Measure 17: better than 2021, but worse than the baseline 147 (2020).
    expect(byNumber(17)).toMatchObject({
      state: 'improving',
      periodStatus: { ok: true, value: { level: 'wrong_direction', provisional: true } },
    });
    expect(byNumber(3)).toMatchObject({ state: 'no_data', noDataReasons: ['not_published'] });
    expect(byNumber(11).periodStatus).toEqual({ ok: false, reason: 'no_baseline' });
    const sustainable = body.areas
      .flatMap((a) => a.goals)
      .find((g) => g.name === 'En hållbar kommun');
    expect(sustainable?.periodCounts).toEqual({
      target_reached: 0,
      on_track: 2,
      too_slow: 0,
      wrong_direction: 2,
      not_assessable: 0,
    });
  });

  it('answers 400 for a year that is not a year', async () => {
    const { status, body } = await getJson<ErrorResponse>(app, '/api/overview?year=tjugo');
    expect(status).toBe(400);
    expect(body.fields?.[0]?.path).toBe('year');
  });
});
