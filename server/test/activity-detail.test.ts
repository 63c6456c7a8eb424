import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ActivityDetail, ErrorResponse, PeriodDetail } from '@malbild/shared';
import { createSeededDatabase, seed } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

type Context = Awaited<ReturnType<typeof createTestContext>>;

describe('GET /api/activities/:id', () => {
  let context: Context;
  let editor: TestSession;
  const get = (url: string) => context.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'red-sou', ['unit_editor'], ['SOU']);
    editor = await signIn(context.app, 'red-sou');
  });
  afterAll(() => context.app.close());

  it('shows a shared activity once, with its units, measure, goal and source document', async () => {
    const seeded = seed.activities.find((a) => a.units.length > 1)!;
    const listed = (await get(`/api/activities?year=${seeded.year}`))
      .json<Activity[]>()
      .find((a) => a.measureNumber === seeded.measureNumber && a.position === seeded.position)!;
    const period = (await get('/api/periods/current')).json<PeriodDetail>();
    const goal = period.areas
      .flatMap((area) => area.goals.map((g) => ({ ...g, areaName: area.name })))
      .find((g) => g.measureNumbers.includes(seeded.measureNumber))!;
    const measure = seed.measures.find((m) => m.number === seeded.measureNumber)!;

    const response = await get(`/api/activities/${listed.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<ActivityDetail>()).toEqual({
      ...listed,
      periodId: period.id,
      measureName: measure.name,
      goal: { id: goal.id, name: goal.name, areaName: goal.areaName },
      source: seeded.source,
      followUps: [],
    });
    expect(listed.units).toEqual(seeded.units);
  });

  it('lists every follow-up newest first, the newest being the current one', async () => {
    const listed = (await get('/api/activities?year=2024&unit=SOU')).json<Activity[]>()[0]!;
    const reports = [
      { status: 'in_progress', comment: 'Påbörjad', date: '2024-06-30' },
      { status: 'done', comment: 'Klar', date: '2024-12-31' },
    ];
    let version = listed.version;
    for (const report of reports) {
      const response = await asUser(context.app, editor, {
        method: 'POST',
        url: `/api/activities/${listed.id}/follow-ups`,
        payload: { ...report, version },
      });
      expect(response.statusCode, response.body).toBe(200);
      version = response.json<Activity>().version;
    }
    const detail = (
      await asUser(context.app, editor, { url: `/api/activities/${listed.id}` })
    ).json<ActivityDetail>();
    expect(
      detail.followUps.map(({ status, comment, date }) => ({ status, comment, date })),
    ).toEqual(reports.toReversed());
    expect(detail.followUp).toEqual(detail.followUps[0]);
    expect(detail.status).toBe('done');
    // Drafts until the unit's follow-up is published: the public reads none of them yet.
    const published = (await get(`/api/activities/${listed.id}`)).json<ActivityDetail>();
    expect(published).toMatchObject({ followUps: [], followUp: null, status: 'planned' });
  });

  it('answers 404 for an activity that does not exist and 400 for an id that is no number', async () => {
    const missing = await get('/api/activities/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json<ErrorResponse>().message).toBe('Målaktivitet 999999 finns inte');
    expect((await get('/api/activities/abc')).statusCode).toBe(400);
  });
});

describe('the permanent address of an activity', () => {
  // /malaktiviteter/{id}: the id follows the seed's order of document rows (year, measure, row),
  // so a database built again from the same seed gives every activity the same address.
  it('is the same for every seeded activity in a database built again from the seed', () => {
    const addresses = () => {
      const db = createSeededDatabase();
      const rows = db
        .prepare<[], { id: number; row: string }>(
          `SELECT a.id, a.year || '/' || m.number || '/' || a.position AS row
           FROM activities a JOIN measures m ON m.id = a.measure_id ORDER BY a.id`,
        )
        .all();
      db.close();
      return rows;
    };
    const first = addresses();
    expect(first).toHaveLength(seed.activities.length);
    expect(addresses()).toEqual(first);
    expect(first.map((a) => a.row)).toEqual(
      seed.activities.map((a) => `${a.year}/${a.measureNumber}/${a.position}`),
    );
  });
});
