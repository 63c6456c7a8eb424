import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  Analysis,
  FollowUpYear,
  Judgement,
  ReviewQueueItem,
  UnitReview,
} from '@malbild/shared';
import { publishedFollowUp } from '../src/db/analyses';
import { migrate } from '../src/db/migrate';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';
import { seedAtSchemaBefore } from './support/schema-before';

// Analyses, judgements and their approval (decision 017), against the seeded database.

let context: Awaited<ReturnType<typeof createTestContext>>;
let controller: TestSession;
let editor: TestSession;
let goalId: number;

beforeAll(async () => {
  context = await createTestContext();
  await addUser(context.db, 'kontroller', ['controller']);
  await addUser(context.db, 'red-sou', ['unit_editor'], ['SOU']);
  controller = await signIn(context.app, 'kontroller');
  editor = await signIn(context.app, 'red-sou');
  const period = (await context.app.inject({ url: '/api/periods/current' })).json();
  goalId = period.areas[0].goals[0].id;
});
afterAll(() => context.app.close());

const send = (session: TestSession | null, method: 'PUT' | 'POST', url: string, payload: object) =>
  asUser(context.app, session, { method, url, payload });
const year = async (session: TestSession | null, y = 2022) =>
  (
    await asUser(context.app, session, { method: 'GET', url: `/api/follow-up/${y}` })
  ).json<FollowUpYear>();
const step = (session: TestSession, kind: string, id: number, body: object) =>
  send(session, 'POST', `/api/follow-up/${kind}/${id}/steps`, body);

describe('an analysis from draft to published', () => {
  let analysis: Analysis;

  it('is a draft that the public does not see', async () => {
    const saved = await send(controller, 'PUT', '/api/follow-up/2022/analyses/3/annual', {
      text: 'Utfallet **ökade**.\n\n- Fler elever\n- Se [rapporten](https://example.se/r)',
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    analysis = saved.json<Analysis>();
    expect(analysis.draft).toMatchObject({ state: 'draft', version: 1 });
    expect(analysis.published).toBeNull();
    expect((await year(null)).analyses).toEqual([]);
    expect((await year(editor)).analyses).toHaveLength(1);
  });

  it('refuses a unit editor who is not of the responsible unit, and a stale version', async () => {
    const refused = await send(editor, 'PUT', '/api/follow-up/2022/analyses/3/annual', {
      text: 'x',
      version: 1,
    });
    expect(refused.statusCode).toBe(403);
    const stale = await send(controller, 'PUT', '/api/follow-up/2022/analyses/3/annual', {
      text: 'Annan',
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.draft.version).toBe(1);
  });

  it('cannot be published before approval, nor sent back without a comment', async () => {
    const early = await step(controller, 'analyses', analysis.id, {
      action: 'publish',
      version: 1,
    });
    expect(early.statusCode).toBe(409);
    const submitted = await step(controller, 'analyses', analysis.id, {
      action: 'submit',
      version: 1,
    });
    expect(submitted.json<Analysis>().draft?.state).toBe('submitted');
    const noComment = await step(controller, 'analyses', analysis.id, {
      action: 'return',
      version: 2,
    });
    expect(noComment.statusCode).toBe(400);
    const frozen = await send(controller, 'PUT', '/api/follow-up/2022/analyses/3/annual', {
      text: 'Ändrad under granskning',
      version: 2,
    });
    expect(frozen.statusCode).toBe(409);
  });

  it('is approved and published by a controller, and a unit editor may not approve', async () => {
    const byEditor = await step(editor, 'analyses', analysis.id, { action: 'approve', version: 2 });
    expect(byEditor.statusCode).toBe(403);
    await step(controller, 'analyses', analysis.id, { action: 'approve', version: 2 });
    const published = await step(controller, 'analyses', analysis.id, {
      action: 'publish',
      version: 3,
    });
    expect(published.json<Analysis>().published?.text).toContain('Utfallet');
    const publicView = await year(null);
    expect(publicView.analyses).toHaveLength(1);
    expect(publicView.analyses[0]).toMatchObject({ measureNumber: 3, draft: null });
  });

  it('keeps the published text public while a new draft is written', async () => {
    await send(controller, 'PUT', '/api/follow-up/2022/analyses/3/annual', {
      text: 'Ny version, ej granskad',
      version: 4,
    });
    const publicView = await year(null);
    expect(publicView.analyses[0]?.published?.text).toContain('Utfallet');
    expect(JSON.stringify(publicView)).not.toContain('ej granskad');
    const report = publishedFollowUp(context.db, publicView.periodId, 2022);
    expect(report.analyses).toHaveLength(1);
    expect(report.analyses[0]?.blocks[1]).toMatchObject({ type: 'list' });
  });

  it('keeps every step in the history: who, from → to, comment', async () => {
    const history = await asUser(context.app, controller, {
      method: 'GET',
      url: `/api/follow-up/history/analysis/${analysis.id}`,
    });
    const steps =
      history.json<{ action: string; fromState: string; toState: string; changedBy: string }[]>();
    expect(steps.map((s) => `${s.action}:${s.fromState}→${s.toState}`).reverse()).toEqual([
      'edit:null→draft',
      'submit:draft→submitted',
      'approve:submitted→approved',
      'publish:approved→published',
      'edit:published→draft',
    ]);
    expect(steps[0]?.changedBy).toBe('kontroller');
    expect(() => context.db.prepare('DELETE FROM review_history').run()).toThrow(/append-only/);
  });
});

describe("a goal's judgement", () => {
  it('is sent back with a comment, then published with its level and reason', async () => {
    const url = `/api/follow-up/2022/judgements/goal/${goalId}`;
    const byEditor = await send(editor, 'PUT', url, { level: 'met', reason: 'x', version: 0 });
    expect(byEditor.statusCode).toBe(403);
    const saved = (
      await send(controller, 'PUT', url, {
        level: 'partly_met',
        reason: 'Två av tre mått når målet.',
        version: 0,
      })
    ).json<Judgement>();
    await step(controller, 'judgements', saved.id, { action: 'submit', version: 1 });
    const queue = (
      await asUser(context.app, controller, { method: 'GET', url: '/api/follow-up/queue' })
    ).json<ReviewQueueItem[]>();
    expect(queue.map((item) => item.kind)).toContain('judgement');
    const back = await step(controller, 'judgements', saved.id, {
      action: 'return',
      comment: 'Motivera med utfallen',
      version: 2,
    });
    expect(back.json<Judgement>().draft?.state).toBe('returned');
    await send(controller, 'PUT', url, {
      level: 'partly_met',
      reason: 'Mått 1 och 2 når målet.',
      version: 3,
    });
    await step(controller, 'judgements', saved.id, { action: 'submit', version: 4 });
    await step(controller, 'judgements', saved.id, { action: 'approve', version: 5 });
    await step(controller, 'judgements', saved.id, { action: 'publish', version: 6 });
    const [judgement] = (await year(null)).judgements;
    expect(judgement).toMatchObject({
      subject: 'goal',
      subjectId: goalId,
      published: { level: 'partly_met', reason: 'Mått 1 och 2 når målet.' },
      draft: null,
    });
  });
});

describe('the year lock', () => {
  it('refuses writes for a closed year with a clear message until a controller reopens it', async () => {
    const locked = await send(controller, 'PUT', '/api/follow-up/2023/lock', { locked: true });
    expect(locked.json()).toMatchObject({ lockedBy: 'kontroller' });
    const refused = await send(controller, 'PUT', '/api/follow-up/2023/analyses/1/interim', {
      text: 'Text',
      version: 0,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe(
      'Uppföljningen av 2023 är stängd. En controller kan öppna den igen.',
    );
    const activity = (await context.app.inject({ url: '/api/activities?year=2023&unit=SOU' })).json<
      Activity[]
    >()[0]!;
    const followUp = await send(controller, 'POST', `/api/activities/${activity.id}/follow-ups`, {
      status: 'done',
      comment: null,
      date: '2023-12-31',
      version: activity.version,
    });
    expect(followUp.statusCode).toBe(403);
    expect(
      (await send(editor, 'PUT', '/api/follow-up/2023/lock', { locked: false })).statusCode,
    ).toBe(403);
    await send(controller, 'PUT', '/api/follow-up/2023/lock', { locked: false });
    const open = await send(controller, 'PUT', '/api/follow-up/2023/analyses/1/interim', {
      text: 'Text',
      version: 0,
    });
    expect(open.statusCode).toBe(200);
  });
});

describe("a unit's plan under the workflow", () => {
  it('keeps the seeded plans public and a new plan hidden until it is published', async () => {
    const seeded = (await context.app.inject({ url: '/api/activities?year=2024&unit=SOU' })).json<
      Activity[]
    >();
    expect(seeded.length).toBeGreaterThan(0);
    const created = await send(editor, 'POST', '/api/activities', {
      year: 2025,
      measureNumber: 1,
      units: ['SOU'],
      text: 'Ny aktivitet för 2025',
    });
    expect(created.statusCode).toBe(201);
    const anonymous = async () =>
      (await context.app.inject({ url: '/api/activities?year=2025&unit=SOU' })).json<Activity[]>();
    expect(await anonymous()).toEqual([]);
    const signedIn = await asUser(context.app, editor, {
      method: 'GET',
      url: '/api/activities?year=2025&unit=SOU',
    });
    expect(signedIn.json<Activity[]>()).toHaveLength(1);
    const review = (await year(editor, 2025)).unitReviews.find(
      (r) => r.unit === 'SOU' && r.kind === 'plan',
    )!;
    expect(review.state).toBe('draft');
    const stepUrl = '/api/follow-up/2025/units/SOU/plan/steps';
    const submitted = (
      await send(editor, 'POST', stepUrl, { action: 'submit', version: review.version })
    ).json<UnitReview>();
    const blocked = await send(
      editor,
      'PATCH' as 'PUT',
      `/api/activities/${created.json<Activity>().id}`,
      {
        measureNumber: 1,
        units: ['SOU'],
        text: 'Ändrad',
        version: 1,
      },
    );
    expect(blocked.statusCode).toBe(409);
    expect(
      (await send(editor, 'POST', stepUrl, { action: 'approve', version: submitted.version }))
        .statusCode,
    ).toBe(403);
    await send(controller, 'POST', stepUrl, { action: 'approve', version: submitted.version });
    await send(controller, 'POST', stepUrl, { action: 'publish', version: submitted.version + 1 });
    expect(await anonymous()).toHaveLength(1);
  });
});

describe('the migration to the follow-up review', () => {
  it('marks every existing plan and follow-up published and keeps every row', () => {
    const { db, migrations, at } = seedAtSchemaBefore('-follow-up-review.sql');
    const before = db.prepare('SELECT count(*) FROM activities').pluck().get();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(before);
    const published = db
      .prepare(
        "SELECT count(DISTINCT unit_code || year) FROM unit_reviews WHERE kind = 'plan' AND state = 'published'",
      )
      .pluck()
      .get();
    const plans = db
      .prepare(
        'SELECT count(DISTINCT au.unit_code || a.year) FROM activities a JOIN activity_units au ON au.activity_id = a.id',
      )
      .pluck()
      .get();
    expect(published).toBe(plans);
    db.close();
  });
});
