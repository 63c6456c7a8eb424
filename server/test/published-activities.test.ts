import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, ActivityDetail, ActivityHistory, UnitWithCounts } from '@malbild/shared';
import { createActivityQueries } from '../src/db/activities';
import { migrate } from '../src/db/migrate';
import { parseCsv } from './helpers';
import {
  addUser,
  asUser,
  createTestContext,
  publishUnitReview,
  signIn,
  type TestSession,
} from './session-helpers';
import { seedAtSchemaBefore } from './support/schema-before';

// The public reads a unit's plan and follow-up as last published; its editors and the
// controllers read the working copy, marked where it differs (decision 019).

let context: Awaited<ReturnType<typeof createTestContext>>;
let controller: TestSession;
let editor: TestSession;

beforeAll(async () => {
  context = await createTestContext();
  await addUser(context.db, 'kontroller', ['controller']);
  await addUser(context.db, 'red-wbab', ['unit_editor'], ['WBAB']);
  controller = await signIn(context.app, 'kontroller');
  editor = await signIn(context.app, 'red-wbab');
});
afterAll(() => context.app.close());

const PLAN = '/api/activities?year=2024&unit=WBAB';
const read = async <T>(session: TestSession | null, url: string) =>
  (await asUser(context.app, session, { method: 'GET', url })).json<T>();
const send = async (
  session: TestSession,
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload: object,
) => {
  const response = await asUser(context.app, session, { method, url, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response;
};

/** The unit's review of 2024 through submit, approve and publish. */
const publish = (kind: 'plan' | 'follow_up') =>
  publishUnitReview(context.app, { unit: 'WBAB', year: 2024, kind }, editor, controller);

const texts = (activities: Activity[]) => activities.map((a) => a.text);
/** The activity's history as the reader gets it, as one text. */
const changeTexts = async (session: TestSession | null, id: number) =>
  JSON.stringify((await read<ActivityHistory>(session, `/api/activities/${id}/history`)).changes);

describe('a published plan', () => {
  let seeded: Activity[];
  let added: Activity;

  it('is read by the public as published while its edits are drafts', async () => {
    seeded = await read<Activity[]>(null, PLAN);
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    expect(seeded.every((a) => a.draft === null)).toBe(true);
    const [edited, removed] = seeded;
    await send(editor, 'PATCH', `/api/activities/${edited!.id}`, {
      ...edited!,
      text: 'Ändrad text, ej publicerad',
      reason: null,
    });
    await send(editor, 'DELETE', `/api/activities/${removed!.id}?version=${removed!.version}`, {});
    added = (
      await send(editor, 'POST', '/api/activities', {
        year: 2024,
        measureNumber: edited!.measureNumber,
        units: ['WBAB'],
        text: 'Ny aktivitet, ej publicerad',
      })
    ).json<Activity>();

    // The public: as published, the removed one still there, the new one not yet.
    const published = await read<Activity[]>(null, PLAN);
    expect(published).toEqual(seeded);
    expect((await read<ActivityDetail>(null, `/api/activities/${edited!.id}`)).text).toBe(
      edited!.text,
    );
    expect(
      (await asUser(context.app, null, { url: `/api/activities/${added.id}` })).statusCode,
    ).toBe(404);
    const csv = (await asUser(context.app, null, { url: '/api/export/activities.csv?year=2024' }))
      .body;
    expect(csv).toContain(edited!.text);
    expect(csv).not.toContain('ej publicerad');

    // The editor: the working copy, each change marked.
    const working = await read<Activity[]>(editor, PLAN);
    expect(working).toHaveLength(seeded.length);
    expect(texts(working)).toEqual(
      expect.arrayContaining(['Ändrad text, ej publicerad', 'Ny aktivitet, ej publicerad']),
    );
    expect(working.find((a) => a.id === removed!.id)).toBeUndefined();
    expect(working.find((a) => a.id === edited!.id)!.draft).toEqual({
      plan: 'changed',
      followUp: false,
    });
    expect(working.find((a) => a.id === added.id)!.draft).toEqual({
      plan: 'new',
      followUp: false,
    });
    expect(working.filter((a) => a.draft === null)).toHaveLength(seeded.length - 2);
    // Nor does the history tell the public of the edit before it is published.
    expect(await changeTexts(null, edited!.id)).not.toContain('Ändrad text, ej publicerad');
    expect(await changeTexts(editor, edited!.id)).toContain('Ändrad text, ej publicerad');
  });

  it('is read by the public as it is once published again', async () => {
    await publish('plan');
    const published = await read<Activity[]>(null, PLAN);
    expect(published).toEqual(await read<Activity[]>(editor, PLAN));
    expect(published.every((a) => a.draft === null)).toBe(true);
    expect(texts(published)).toContain('Ändrad text, ej publicerad');
    expect(texts(published)).toContain('Ny aktivitet, ej publicerad');
    expect(published.map((a) => a.id)).not.toContain(seeded[1]!.id);
    expect(await changeTexts(null, seeded[0]!.id)).toContain('Ändrad text, ej publicerad');
    expect(
      (await asUser(context.app, null, { url: `/api/activities/${seeded[1]!.id}` })).statusCode,
    ).toBe(404);
  });

  it('keeps the published copy through the next round of edits', async () => {
    const before = await read<Activity[]>(null, PLAN);
    const fresh = (await read<Activity[]>(editor, PLAN)).find((a) => a.id === added.id)!;
    await send(editor, 'PATCH', `/api/activities/${added.id}`, {
      ...fresh,
      comment: 'Andra omgången',
      reason: null,
    });
    expect(await read<Activity[]>(null, PLAN)).toEqual(before);
    await publish('plan');
    const after = await read<Activity[]>(null, PLAN);
    expect(after.find((a) => a.id === added.id)!.comment).toBe('Andra omgången');
  });
});

describe('a unit’s counts', () => {
  it('count the published activities for the public and the working ones for the editors', async () => {
    const count = async (session: TestSession | null) =>
      (await read<UnitWithCounts[]>(session, '/api/units'))
        .find((unit) => unit.code === 'WBAB')!
        .activityCounts.find((c) => c.year === 2024)!.count;
    const [first] = await read<Activity[]>(editor, PLAN);
    const before = await count(null);
    expect(await count(editor)).toBe(before);
    await send(editor, 'POST', '/api/activities', {
      year: 2024,
      measureNumber: first!.measureNumber,
      units: ['WBAB'],
      text: 'Räknas när den är publicerad',
    });
    expect(await count(null)).toBe(before);
    expect(await count(editor)).toBe(before + 1);
    await publish('plan');
    expect(await count(null)).toBe(before + 1);
  });
});

describe('a unit’s follow-up', () => {
  it('is public once published; before that its editors see it as a draft', async () => {
    const [first] = await read<Activity[]>(editor, PLAN);
    const followUp = { status: 'done', comment: 'Genomförd, utkast', date: '2024-12-31' };
    await send(editor, 'POST', `/api/activities/${first!.id}/follow-ups`, {
      ...followUp,
      version: first!.version,
    });

    const anonymous = (await read<Activity[]>(null, PLAN)).find((a) => a.id === first!.id)!;
    expect(anonymous).toMatchObject({ status: 'planned', followUp: null, draft: null });
    const detail = await read<ActivityDetail>(null, `/api/activities/${first!.id}`);
    expect(detail.followUps).toEqual([]);
    const json = await read<unknown>(null, '/api/export/activities.json?year=2024');
    expect(JSON.stringify(json)).not.toContain('Genomförd, utkast');
    const csv = (await asUser(context.app, null, { url: '/api/plans/WBAB/2024.csv' })).body;
    expect(parseCsv(csv).some((row) => row.includes('Genomförd, utkast'))).toBe(false);

    const working = (await read<Activity[]>(editor, PLAN)).find((a) => a.id === first!.id)!;
    expect(working).toMatchObject({ status: 'done', followUp, draft: { followUp: true } });

    await publish('follow_up');
    const published = (await read<Activity[]>(null, PLAN)).find((a) => a.id === first!.id)!;
    expect(published).toMatchObject({ status: 'done', followUp, draft: null });
    expect((await read<Activity[]>(editor, PLAN)).find((a) => a.id === first!.id)!.draft).toBe(
      null,
    );
    const csvAfter = (await asUser(context.app, null, { url: '/api/plans/WBAB/2024.csv' })).body;
    expect(csvAfter).toContain('Genomförd, utkast');
  });
});

describe('the migration to published copies', () => {
  it('keeps every existing activity and follow-up public as it was', () => {
    const { db, migrations, at } = seedAtSchemaBefore('-published-activities.sql', (source) => {
      // Written in the app after the follow-up review came: public before this migration.
      source.exec(`
        UPDATE activities SET text = 'Ändrad i appen', version = version + 1 WHERE id = 3;
        INSERT INTO activity_follow_ups (activity_id, status, comment, dated, created_by)
        VALUES (3, 'in_progress', 'Pågår', '2024-06-30', 'anna');
        UPDATE activities SET status = 'in_progress' WHERE id = 3;`);
    });
    const before = db.prepare('SELECT count(*) FROM activities').pluck().get();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(before);
    const queries = createActivityQueries(db);
    const periodId = 1;
    const published = queries.list({ periodId, view: 'published' });
    const working = queries.list({ periodId, view: 'working' });
    expect(published.length).toBe(before);
    expect(published).toEqual(working);
    expect(published.find((a) => a.id === 3)).toMatchObject({
      text: 'Ändrad i appen',
      status: 'in_progress',
      followUp: { comment: 'Pågår' },
    });
    expect(published.filter((a) => a.followUp !== null)).toHaveLength(
      db
        .prepare('SELECT count(DISTINCT activity_id) FROM activity_follow_ups')
        .pluck()
        .get() as number,
    );
    db.close();
  });
});
