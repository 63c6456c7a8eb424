import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ErrorResponse } from '@malbild/shared';
import type { SeedActivity } from '@malbild/shared';
import { createTestApp, getJson, seed } from './helpers';

const key = (activity: Pick<Activity, 'year' | 'measureNumber' | 'position'>) =>
  `${activity.year}/${activity.measureNumber}/${activity.position}`;

/** The seeded activities the filter should return, in the API's order. */
function expectedKeys(filter: (activity: SeedActivity) => boolean): string[] {
  return seed.activities
    .filter(filter)
    .sort((a, b) => a.year - b.year || a.measureNumber - b.measureNumber || a.position - b.position)
    .map(key);
}

describe('GET /api/activities', () => {
  let app: FastifyInstance;
  const list = async (query: string) =>
    (await getJson<Activity[]>(app, `/api/activities${query}`)).body;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('lists every activity as seeded, ordered by year, measure and position', async () => {
    const body = await list('');
    expect(body.map(key)).toEqual(expectedKeys(() => true));
    const seededByKey = new Map(seed.activities.map((activity) => [key(activity), activity]));
    const movedInto = new Map(
      seed.activities.flatMap((a) => (a.movedFrom ? [[key(a.movedFrom), a.year] as const] : [])),
    );
    for (const activity of body) {
      // toEqual ignores a property that is undefined: the API leaves out the seed's source.
      const { followUp: reported, movedFrom, ...seeded } = seededByKey.get(key(activity))!;
      const movedTo = movedInto.get(key(activity));
      expect(activity).toEqual({
        ...seeded,
        id: expect.any(Number),
        source: undefined,
        // As seeded: followed up only where a document reports the result, never edited in the app.
        status: reported?.status ?? 'planned',
        followUp: reported
          ? {
              status: reported.status,
              comment: reported.comment,
              date: reported.date,
              by: reported.source.title,
              at: reported.date,
              source: { ...reported.source, page: reported.page },
            }
          : null,
        // No calendar date in the seed: nothing is "Ej uppföljd".
        followUpDue: null,
        displayStatus: reported?.status ?? 'planned',
        copiedFrom: null,
        movedFrom: movedFrom ? { id: expect.any(Number), year: movedFrom.year } : null,
        movedTo: movedTo === undefined ? null : { id: expect.any(Number), year: movedTo },
        version: 1,
        updatedAt: expect.any(String),
        updatedBy: null,
        draft: null,
      });
    }
    expect(body.filter((a) => a.followUp !== null)).toHaveLength(
      seed.activities.filter((a) => a.followUp !== null).length,
    );
    expect(body.filter((a) => a.movedTo !== null).map((a) => a.year)).toEqual([2023, 2023]);
  });

  it('filters by year', async () => {
    const year = seed.activities[0]!.year;
    expect((await list(`?year=${year}`)).map(key)).toEqual(expectedKeys((a) => a.year === year));
  });

  it('filters by unit, also finding activities the unit shares with others', async () => {
    const shared = seed.activities.find((activity) => activity.units.length > 1)!;
    const unit = shared.units[1]!;
    const body = await list(`?unit=${unit}`);
    expect(body.map(key)).toEqual(expectedKeys((a) => a.units.includes(unit)));
    expect(body.map(key)).toContain(key(shared));
  });

  it('filters by measure', async () => {
    expect((await list('?measure=3')).map(key)).toEqual(expectedKeys((a) => a.measureNumber === 3));
  });

  it('combines the filters', async () => {
    const { year, measureNumber, units } = seed.activities.at(-1)!;
    const unit = units[0]!;
    const body = await list(`?year=${year}&measure=${measureNumber}&unit=${unit}`);
    const expected = expectedKeys(
      (a) => a.year === year && a.measureNumber === measureNumber && a.units.includes(unit),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(body.map(key)).toEqual(expected);
  });

  it('gives an empty list for a year without activities', async () => {
    expect(await list('?year=1999')).toEqual([]);
  });

  it.each([
    ['?year=xyz', 'year'],
    ['?year=2023.5', 'year'],
    ['?unit=NOPE', 'unit'],
    ['?unit=<script>', 'unit'],
    ['?measure=99', 'measure'],
  ])('answers 400 naming the field for %s', async (query, field) => {
    const { status, body } = await getJson<ErrorResponse>(app, `/api/activities${query}`);
    expect(status).toBe(400);
    expect(body.fields?.map((f) => f.path)).toEqual([field]);
    expect(body.message).toMatch(/^Ogiltig förfrågan/);
  });
});
