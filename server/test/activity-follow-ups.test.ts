import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Activity,
  type ActivityConflict,
  type ActivityHistory,
  type ErrorResponse,
} from '@malbild/shared';
import { parseCsv } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

type Context = Awaited<ReturnType<typeof createTestContext>>;

// A unit's follow-up view saves many activities at once: POST /api/activities/follow-ups.
describe('following up a unit’s activities together', () => {
  let context: Context;
  let editor: TestSession;
  let plan: Activity[];
  // The editor reads the working copy: the follow-ups are drafts until published.
  const list = async () =>
    (await asUser(context.app, editor, { url: '/api/activities?year=2024&unit=WBAB' })).json<
      Activity[]
    >();
  const save = (followUps: object[], session: TestSession | null = editor) =>
    asUser(context.app, session, {
      method: 'POST',
      url: '/api/activities/follow-ups',
      payload: { followUps },
    });
  const row = (a: Activity, changes: object = {}) => ({
    id: a.id,
    status: 'done',
    comment: `Klar: ${a.text}`,
    date: '2024-12-31',
    version: a.version,
    ...changes,
  });

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'red-wbab', ['unit_editor'], ['WBAB']);
    editor = await signIn(context.app, 'red-wbab');
    plan = await list();
  });
  afterAll(() => context.app.close());

  it('saves every row in one write, each in its history', async () => {
    expect(plan.length).toBeGreaterThanOrEqual(3);
    const [first, second] = plan;
    const response = await save([row(first!), row(second!, { status: 'in_progress' })]);
    expect(response.statusCode).toBe(200);
    const saved = response.json<Activity[]>();
    expect(saved.map((a) => [a.id, a.status, a.version])).toEqual([
      [first!.id, 'done', first!.version + 1],
      [second!.id, 'in_progress', second!.version + 1],
    ]);
    expect(saved[0]!.followUp).toMatchObject({
      comment: `Klar: ${first!.text}`,
      date: '2024-12-31',
      by: 'red-wbab',
      source: null,
    });
    const history = (
      await asUser(context.app, editor, { url: `/api/activities/${second!.id}/history` })
    ).json<ActivityHistory>();
    expect(history.changes[0]).toMatchObject({
      action: 'status',
      oldState: { status: 'planned' },
      newState: { status: 'in_progress', date: '2024-12-31' },
    });
    plan = await list();
  });

  it('saves nothing when one row is stale, and answers 409 with that row as stored', async () => {
    const [first, , third] = plan;
    const stale = { ...first!, version: first!.version - 1 };
    const response = await save([row(third!), row(stale, { status: 'not_done' })]);
    expect(response.statusCode).toBe(409);
    const body = response.json<ActivityConflict>();
    expect(body.current).toMatchObject({ id: first!.id, status: 'done', version: first!.version });
    // The fresh row before it was not kept either: all or nothing.
    const after = await list();
    expect(after.find((a) => a.id === third!.id)).toMatchObject({
      status: third!.status,
      version: third!.version,
      followUp: null,
    });
  });

  it('refuses another unit’s activity in the batch, saving none of it', async () => {
    const others = (await context.app.inject({ url: '/api/activities?year=2024&unit=SOU' })).json<
      Activity[]
    >();
    const foreign = others.find((a) => !a.units.includes('WBAB'))!;
    const [, , third] = plan;
    const response = await save([row(third!), row(foreign)]);
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorResponse>().message).toMatch(/din förvaltning eller ditt bolag/);
    expect((await list()).find((a) => a.id === third!.id)?.version).toBe(third!.version);
    expect((await save([row(third!)], null)).statusCode).toBe(401);
  });

  it('says per row what is wrong with the input', async () => {
    const [, , third] = plan;
    const response = await save([row(third!, { date: '2024-02-30', status: 'klar' })]);
    expect(response.statusCode).toBe(400);
    const paths = response.json<ErrorResponse>().fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['followUps.0.status', 'followUps.0.date']));
    const twice = await save([row(third!), row(third!)]);
    expect(twice.statusCode).toBe(400);
  });
});

describe('follow-ups reported by the documents', () => {
  let context: Context;
  beforeAll(async () => {
    context = await createTestContext();
  });
  afterAll(() => context.app.close());

  it('are in the unit plan’s file with their comment and date', async () => {
    const response = await context.app.inject({ url: '/api/plans/SOU/2023.csv' });
    const [header, ...rows] = parseCsv(response.body.slice(1));
    const comment = header!.indexOf('Uppföljning');
    const dated = header!.indexOf('Uppföljd');
    const english = rows.find((r) => r[3]?.startsWith('Förbereda start av engelskspråkig'))!;
    expect(english[comment]).toMatch(/Antalet elever blev till slut nio stycken\.$/);
    expect(english[dated]).toBe('2024-01-31');
    expect(english[header!.indexOf('Status')]).toBe('Genomförd');
  });

  it('link the activities moved into 2024 with their 2023 rows, both ways', async () => {
    const all = (await context.app.inject({ url: '/api/activities?unit=WBAB' })).json<Activity[]>();
    const moved = all.filter((a) => a.movedFrom !== null);
    expect(moved.map((a) => a.text)).toEqual([
      'Inventera avfallshantering i kommunala verksamheter.',
      'Införa matavfallssortering hos företag och restauranger.',
    ]);
    for (const later of moved) {
      const earlier = all.find((a) => a.id === later.movedFrom!.id)!;
      expect(earlier.year).toBe(2023);
      expect(earlier.movedTo).toEqual({ id: later.id, year: 2024 });
    }
  });
});
