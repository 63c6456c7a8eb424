import { beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  Completeness,
  Deadline,
  DeadlineCalendar,
  DeadlineHistoryEntry,
} from '@malbild/shared';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

type Context = Awaited<ReturnType<typeof createTestContext>>;

describe('the calendar of deadlines', () => {
  let context: Context;
  let controller: TestSession;
  let editor: TestSession;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'kontroller', ['controller']);
    await addUser(context.db, 'sara', ['unit_editor'], ['SOU']);
    controller = await signIn(context.app, 'kontroller');
    editor = await signIn(context.app, 'sara');
    return () => context.app.close();
  });

  const calendar = async () =>
    (await context.app.inject({ url: '/api/deadlines' })).json<DeadlineCalendar>();
  const put = (session: TestSession | null, payload: object) =>
    asUser(context.app, session, { method: 'PUT', url: '/api/deadlines', payload });

  it('is public and, as the documents give no dates, starts with none set', async () => {
    const body = await calendar();
    // 2021–2025: five years of seven milestones each.
    expect(body.deadlines).toHaveLength(35);
    expect(body.deadlines.every((d) => d.dueDate === null && d.version === 0)).toBe(true);
    expect(body.nextFollowUp).toBeNull();
  });

  it('lets a controller set a date, and keeps who changed it from what to what', async () => {
    const set = await put(controller, {
      year: 2025,
      kind: 'interim_outcomes',
      dueDate: '2099-08-31',
      version: 0,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json<Deadline>()).toMatchObject({ dueDate: '2099-08-31', version: 1 });
    const moved = await put(controller, {
      year: 2025,
      kind: 'interim_outcomes',
      dueDate: '2099-09-15',
      version: 1,
    });
    expect(moved.json<Deadline>()).toMatchObject({ dueDate: '2099-09-15', version: 2 });

    const body = await calendar();
    expect(body.nextFollowUp).toMatchObject({ kind: 'interim_outcomes', dueDate: '2099-09-15' });
    const history = await asUser(context.app, controller, {
      method: 'GET',
      url: '/api/deadlines/history',
    });
    expect(history.json<DeadlineHistoryEntry[]>().slice(0, 2)).toMatchObject([
      { oldDate: '2099-08-31', newDate: '2099-09-15', changedBy: 'kontroller' },
      { oldDate: null, newDate: '2099-08-31' },
    ]);
  });

  it('answers a stale version with 409 and the date as it is now', async () => {
    const stale = await put(controller, {
      year: 2025,
      kind: 'interim_outcomes',
      dueDate: '2099-10-01',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ current: { dueDate: '2099-09-15', version: 2 } });
  });

  it('refuses a date that does not exist and a year outside the period, beside the field', async () => {
    const bad = await put(controller, {
      year: 2025,
      kind: 'plans',
      dueDate: '2025-02-30',
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([{ path: 'dueDate', message: 'Datumet finns inte' }]);
    const outside = await put(controller, {
      year: 2030,
      kind: 'plans',
      dueDate: '2030-01-01',
      version: 0,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().fields[0].path).toBe('year');
  });

  it('is kept by controllers and admins only', async () => {
    const payload = { year: 2024, kind: 'plans', dueDate: '2024-01-31', version: 0 };
    expect((await put(null, payload)).statusCode).toBe(401);
    expect((await put(editor, payload)).statusCode).toBe(403);
    const view = await asUser(context.app, editor, {
      method: 'GET',
      url: '/api/completeness?year=2024',
    });
    expect(view.statusCode).toBe(403);
  });
});

describe('"Ej uppföljd" and the completeness view', () => {
  let context: Context;
  let controller: TestSession;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'kontroller', ['controller']);
    controller = await signIn(context.app, 'kontroller');
    return () => context.app.close();
  });

  // As the controller reads them: the follow-ups written here are not yet published.
  const activities = async (year: number) =>
    (
      await asUser(context.app, controller, { method: 'GET', url: `/api/activities?year=${year}` })
    ).json<Activity[]>();
  const completeness = async (year: number) =>
    (
      await asUser(context.app, controller, {
        method: 'GET',
        url: `/api/completeness?year=${year}`,
      })
    ).json<Completeness>();

  it('changes nothing while the year has no follow-up deadline', async () => {
    // 2023 has follow-ups read from the årsredovisning; the rest are shown as planned.
    const listed = await activities(2023);
    expect(listed.every((a) => a.followUpDue === null)).toBe(true);
    expect(listed.map((a) => a.displayStatus)).toEqual(
      listed.map((a) => a.followUp?.status ?? 'planned'),
    );
    const view = await completeness(2023);
    const followUps = view.items.filter((i) => i.check === 'activity_follow_ups');
    expect(followUps).toHaveLength(listed.length);
    expect(followUps.filter((i) => i.state === 'missing')).toHaveLength(
      listed.filter((a) => a.followUp === null).length,
    );
  });

  it('shows the activities of a year whose helår deadline passed without follow-up as "Ej uppföljd"', async () => {
    const set = await asUser(context.app, controller, {
      method: 'PUT',
      url: '/api/deadlines',
      payload: { year: 2023, kind: 'annual_follow_ups', dueDate: '2024-01-31', version: 0 },
    });
    expect(set.statusCode).toBe(200);
    const [first, ...rest] = (await activities(2023)).filter((a) => a.followUp === null);
    const followed = await asUser(context.app, controller, {
      method: 'POST',
      url: `/api/activities/${first!.id}/follow-ups`,
      payload: { status: 'done', comment: 'Klart', date: '2023-12-31', version: first!.version },
    });
    expect(followed.statusCode).toBe(200);
    expect(followed.json<Activity>()).toMatchObject({ displayStatus: 'done' });

    const listed = await activities(2023);
    const byId = (id: number) => listed.find((a) => a.id === id)!;
    expect(byId(first!.id)).toMatchObject({ displayStatus: 'done', followUpDue: '2024-01-31' });
    expect(rest.map((a) => byId(a.id).displayStatus)).toEqual(rest.map(() => 'not_followed_up'));
    // The stored status is not rewritten: it is how the activity is shown.
    expect(byId(rest[0]!.id).status).toBe('planned');
    // Another year's activities have no deadline: unchanged.
    expect((await activities(2024)).every((a) => a.displayStatus === 'planned')).toBe(true);

    const csv = await context.app.inject({ url: '/api/export/activities.csv?year=2023' });
    expect(csv.body).toContain(';Ej uppföljd;');
    expect(csv.body).toContain(';Genomförd;');

    const items = (await completeness(2023)).items.filter((i) => i.check === 'activity_follow_ups');
    expect(items.filter((i) => i.state === 'done')).toHaveLength(listed.length - rest.length);
    expect(items.filter((i) => i.state === 'late')).toHaveLength(rest.length);
    expect(items.every((i) => i.dueDate === '2024-01-31')).toBe(true);
  });

  it('lists outcomes per measure with its responsible unit, and each unit with a plan', async () => {
    const view = await completeness(2022);
    const outcomes = view.items.filter((i) => i.check === 'outcomes');
    expect(outcomes.map((i) => i.measureNumber)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    // 2022's outcomes are in the council's table of 14 Dec 2022, except where it has none.
    expect(outcomes.filter((i) => i.state === 'done').length).toBeGreaterThan(10);
    expect(view.checks.map((c) => c.id)).toEqual([
      'outcomes',
      'analyses',
      'plans',
      'activity_follow_ups',
      'control_follow_ups',
    ]);
    // A unit's plan is there when it has activities in the year; 2025 has none yet, nor a date.
    const plans2024 = (await completeness(2024)).items.filter((i) => i.check === 'plans');
    expect(plans2024.find((i) => i.units[0] === 'SOU')).toMatchObject({ state: 'done' });
    const plans2025 = (await completeness(2025)).items.filter((i) => i.check === 'plans');
    expect(plans2025.map((i) => i.units[0])).toEqual(plans2024.map((i) => i.units[0]));
    expect(plans2025.every((i) => i.state === 'missing')).toBe(true);
  });

  it("takes intern kontroll's follow-up dates from the plans (issue 17.3)", async () => {
    const items = (await completeness(2021)).items.filter((i) => i.check === 'control_follow_ups');
    const voo = items.filter((i) => i.units[0] === 'VOO');
    expect(voo.length).toBeGreaterThanOrEqual(3);
    expect(voo.every((i) => i.dueDate !== null && i.state === 'late')).toBe(true);
  });

  it('asks for each measure’s analysis per occasion by its deadline, done once sent for review', async () => {
    const analyses = async () =>
      (await completeness(2022)).items.filter((i) => i.check === 'analyses');
    // Helår is always asked for; delår only when the calendar dates its analyses.
    const undated = await analyses();
    expect(undated).toHaveLength(17);
    expect(undated[0]).toMatchObject({
      text: expect.stringMatching(/^Analys, helår 2022: 1\. Genomsnittligt meritvärde/),
      deadlineKind: 'annual_analyses',
      dueDate: null,
      state: 'missing',
    });
    for (const kind of ['interim_analyses', 'annual_analyses']) {
      const set = await asUser(context.app, controller, {
        method: 'PUT',
        url: '/api/deadlines',
        payload: { year: 2022, kind, dueDate: '2023-02-15', version: 0 },
      });
      expect(set.statusCode, set.body).toBe(200);
    }
    const write = (occasion: string, text: string) =>
      asUser(context.app, controller, {
        method: 'PUT',
        url: `/api/follow-up/2022/analyses/2/${occasion}`,
        payload: { text, version: 0 },
      });
    const submitted = (await write('annual', 'Betygspoängen steg.')).json<{ id: number }>();
    const step = await asUser(context.app, controller, {
      method: 'POST',
      url: `/api/follow-up/analyses/${submitted.id}/steps`,
      payload: { action: 'submit', version: 1 },
    });
    expect(step.statusCode, step.body).toBe(200);
    // A draft is not done: the unit has not sent it in.
    expect((await write('interim', 'Ett utkast.')).statusCode).toBe(200);

    const dated = await analyses();
    expect(dated).toHaveLength(34);
    const of = (measure: number, kind: string) =>
      dated.find((i) => i.measureNumber === measure && i.deadlineKind === kind)?.state;
    expect(of(2, 'annual_analyses')).toBe('done');
    expect(of(2, 'interim_analyses')).toBe('late');
    expect(of(3, 'annual_analyses')).toBe('late');
    expect(dated.every((i) => i.dueDate === '2023-02-15')).toBe(true);
  });
});
