import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  licenceText,
  ACTIVITY_STATUS_LABELS,
  PLAN_COLUMNS,
  type Activity,
  type ActivityHistory,
  type CopyForwardResult,
  type ErrorResponse,
  type Measure,
} from '@malbild/shared';
import type { Db } from '../src/db/connection';
import { XLSX_HEADER_ROW } from '../src/export/sheet';
import { parseCsv } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

type Context = Awaited<ReturnType<typeof createTestContext>>;
type Request = Parameters<typeof asUser>[2];

const ROLES = [
  'anonymous',
  'editor SOU',
  'editor KSF',
  'editor VBK',
  'controller',
  'admin',
] as const;
type RoleName = (typeof ROLES)[number];

/** Signs in one user per role (a unit editor of SOU, KSF, VBK; a controller; an admin). */
async function signInRoles(context: Context): Promise<Record<RoleName, TestSession | null>> {
  await addUser(context.db, 'red-sou', ['unit_editor'], ['SOU']);
  await addUser(context.db, 'red-ksf', ['unit_editor'], ['KSF']);
  await addUser(context.db, 'red-vbk', ['unit_editor'], ['VBK']);
  await addUser(context.db, 'controller', ['controller']);
  await addUser(context.db, 'admin', ['admin']);
  return {
    anonymous: null,
    'editor SOU': await signIn(context.app, 'red-sou'),
    'editor KSF': await signIn(context.app, 'red-ksf'),
    'editor VBK': await signIn(context.app, 'red-vbk'),
    controller: await signIn(context.app, 'controller'),
    admin: await signIn(context.app, 'admin'),
  };
}

const newActivity = (units: string[], extra: Record<string, unknown> = {}) => ({
  year: 2024,
  measureNumber: 1,
  units,
  verksamhet: 'Grundskola',
  text: 'Lovskola under sommarlovet',
  antal: '50-75',
  countUnit: 'timmar',
  comment: 'Prövas första året',
  ...extra,
});

/** The fields a PATCH sends: the activity as it is, with the changes. */
const editOf = (activity: Activity, changes: Record<string, unknown> = {}) => ({
  measureNumber: activity.measureNumber,
  units: activity.units,
  unitsRaw: activity.unitsRaw,
  verksamhet: activity.verksamhet,
  text: activity.text,
  antal: activity.antal,
  countUnit: activity.countUnit,
  comment: activity.comment,
  version: activity.version,
  ...changes,
});

function helpers(context: () => Context) {
  const send = (session: TestSession | null, request: Request) =>
    asUser(context().app, session, request);
  return {
    send,
    create: async (session: TestSession | null, units: string[], extra = {}) => {
      const response = await send(session, {
        method: 'POST',
        url: '/api/activities',
        payload: newActivity(units, extra),
      });
      if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
      return response.json<Activity>();
    },
    list: async (query: string) =>
      (await context().app.inject({ url: `/api/activities${query}` })).json<Activity[]>(),
    /** The history as the session reads it: the public sees only what is published. */
    history: async (session: TestSession, id: number) =>
      (
        await send(session, { method: 'GET', url: `/api/activities/${id}/history` })
      ).json<ActivityHistory>(),
  };
}

// Every write route, as the given user, against a fresh activity of the given units.
const WRITE_ROUTES: Record<string, (activity: Activity, units: string[]) => Request> = {
  'POST /activities': (_, units) => ({
    method: 'POST',
    url: '/api/activities',
    payload: newActivity(units),
  }),
  'PATCH /activities/:id': (a) => ({
    method: 'PATCH',
    url: `/api/activities/${a.id}`,
    payload: editOf(a, { text: 'Ändrad text' }),
  }),
  'DELETE /activities/:id': (a) => ({
    method: 'DELETE',
    url: `/api/activities/${a.id}?version=${a.version}`,
  }),
  'POST /activities/:id/follow-ups': (a) => ({
    method: 'POST',
    url: `/api/activities/${a.id}/follow-ups`,
    payload: { status: 'done', comment: 'Klart i juni', date: '2024-06-30', version: a.version },
  }),
  'POST /activities/follow-ups': (a) => ({
    method: 'POST',
    url: '/api/activities/follow-ups',
    payload: {
      followUps: [
        { id: a.id, status: 'done', comment: null, date: '2024-06-30', version: a.version },
      ],
    },
  }),
  'POST /activities/copy-forward': (a) => ({
    method: 'POST',
    url: '/api/activities/copy-forward',
    payload: { fromYear: 2024, toYear: 2025, activityIds: [a.id] },
  }),
};

const UNIT_SETS: Record<string, string[]> = {
  'SOU only': ['SOU'],
  'KSF only': ['KSF'],
  'SOU och KSF': ['SOU', 'KSF'],
};

describe('who may write which activity', () => {
  let context: Context;
  let sessions: Record<RoleName, TestSession | null>;
  const { send, create } = helpers(() => context);

  beforeAll(async () => {
    context = await createTestContext();
    sessions = await signInRoles(context);
  });
  afterAll(() => context.app.close());

  it('walks every write route with each role against activities of SOU, KSF and both', async () => {
    const expected: Record<RoleName, string[]> = {
      anonymous: ['401', '401', '401'],
      'editor SOU': ['ok', '403', 'ok'],
      'editor KSF': ['403', 'ok', 'ok'],
      'editor VBK': ['403', '403', '403'],
      controller: ['ok', 'ok', 'ok'],
      admin: ['ok', 'ok', 'ok'],
    };
    for (const [route, request] of Object.entries(WRITE_ROUTES)) {
      const actual = {} as Record<RoleName, string[]>;
      for (const role of ROLES) {
        actual[role] = [];
        for (const units of Object.values(UNIT_SETS)) {
          const fixture = await create(sessions.admin, units);
          const response = await send(sessions[role], request(fixture, units));
          const status = response.statusCode;
          actual[role].push(status >= 200 && status < 300 ? 'ok' : String(status));
        }
      }
      expect({ route, ...actual }).toEqual({ route, ...expected });
    }
  });

  it('answers 2xx with the right status code and refusals with a Swedish message', async () => {
    const fixture = await create(sessions.admin, ['SOU']);
    const codes = await Promise.all(
      Object.values(WRITE_ROUTES).map(async (route) => {
        const own = await create(sessions.admin, ['SOU']);
        return (await send(sessions['editor SOU'], route(own, ['SOU']))).statusCode;
      }),
    );
    expect(codes).toEqual([201, 200, 204, 200, 200, 201]);
    const refused = await send(
      sessions['editor KSF'],
      WRITE_ROUTES['PATCH /activities/:id']!(fixture, []),
    );
    expect(refused.json<ErrorResponse>().message).toMatch(/din förvaltning eller ditt bolag/);
    const anonymous = await send(null, WRITE_ROUTES['PATCH /activities/:id']!(fixture, []));
    expect(anonymous.json<ErrorResponse>().message).toBe('Logga in för att ändra.');
  });

  it('lets an editor share an activity with another unit but not give it away', async () => {
    const own = await create(sessions.admin, ['SOU']);
    const giveAway = await send(sessions['editor SOU'], {
      method: 'PATCH',
      url: `/api/activities/${own.id}`,
      payload: editOf(own, { units: ['KSF'] }),
    });
    expect(giveAway.statusCode).toBe(403);
    const share = await send(sessions['editor SOU'], {
      method: 'PATCH',
      url: `/api/activities/${own.id}`,
      payload: editOf(own, { units: ['SOU', 'KSF'] }),
    });
    expect(share.statusCode).toBe(200);
    expect(share.json<Activity>()).toMatchObject({
      units: ['SOU', 'KSF'],
      unitsRaw: 'SOU och KSF',
    });
  });

  it('refuses to copy another unit’s activity among one’s own, copying none of them', async () => {
    const own = await create(sessions.admin, ['SOU'], { year: 2023 });
    const other = await create(sessions.admin, ['VBK'], { year: 2023 });
    const response = await send(sessions['editor SOU'], {
      method: 'POST',
      url: '/api/activities/copy-forward',
      payload: { fromYear: 2023, toYear: 2024, activityIds: [own.id, other.id] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorResponse>().message).toContain(String(other.id));
    const copies = (await helpers(() => context).list('?year=2024')).filter(
      (a) => a.copiedFrom === own.id,
    );
    expect(copies).toEqual([]);
  });

  it('refuses a write without the CSRF token even for an allowed user', async () => {
    const fixture = await create(sessions.admin, ['SOU']);
    const session = sessions['editor SOU']!;
    const response = await context.app.inject({
      method: 'DELETE',
      url: `/api/activities/${fixture.id}?version=1`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('validation', () => {
  let context: Context;
  let admin: TestSession;
  const { send, create } = helpers(() => context);

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    admin = await signIn(context.app, 'admin');
  });
  afterAll(() => context.app.close());

  const long = (length: number) => 'x'.repeat(length);
  const post = (url: string, payload: unknown) =>
    send(admin, { method: 'POST', url, payload: payload as Record<string, unknown> });

  it.each([
    ['measureNumber', { measureNumber: undefined }, 'Välj ett resultatmått'],
    ['measureNumber', { measureNumber: 99 }, 'Resultatmått 99 finns inte'],
    ['units', { units: [] }, 'Välj minst en ansvarig förvaltning eller bolag'],
    ['units', { units: ['NOPE'] }, 'Enheten NOPE finns inte'],
    ['text', { text: '   ' }, 'Skriv vad som ska göras'],
    ['text', { text: undefined }, 'Skriv vad som ska göras'],
    ['antal', { antal: 'många' }, /^Skriv antal som ett tal/],
    ['antal', { antal: '75-50' }, 'Skriv intervallet med det lägsta talet först (50-75)'],
    ['antal', { antal: -3 }, 'Antal kan inte vara negativt'],
    ['verksamhet', { verksamhet: long(201) }, 'Högst 200 tecken'],
    ['countUnit', { countUnit: long(61) }, 'Högst 60 tecken'],
    ['comment', { comment: long(2001) }, 'Högst 2000 tecken'],
    ['year', { year: 2030 }, 'Välj ett år i målperioden 2021–2025'],
  ])('refuses a new activity with a bad %s: %j', async (field, change, message) => {
    const response = await post('/api/activities', newActivity(['SOU'], change));
    expect(response.statusCode).toBe(400);
    const body = response.json<ErrorResponse>();
    const expected = message instanceof RegExp ? expect.stringMatching(message) : message;
    expect(body.fields).toEqual([{ path: field, message: expected }]);
  });

  it.each([
    ['version', { version: undefined }],
    ['version', { version: 0 }],
    ['text', { text: '' }],
    ['units', { units: ['SOU', 'NOPE'] }],
  ])('refuses a change with a bad %s', async (field, change) => {
    const activity = await create(admin, ['SOU']);
    const response = await send(admin, {
      method: 'PATCH',
      url: `/api/activities/${activity.id}`,
      payload: editOf(activity, change),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorResponse>().fields?.map((f) => f.path)).toEqual([field]);
  });

  it.each([
    ['status', { status: 'klar' }, 'Välj en status'],
    ['date', { date: '2024-02-30' }, 'Datumet finns inte'],
    ['date', { date: '30/6 2024' }, 'Skriv datumet som ÅÅÅÅ-MM-DD'],
    ['date', { date: undefined }, 'Ange ett datum'],
    ['comment', { comment: long(2001) }, 'Högst 2000 tecken'],
  ])('refuses a follow-up with a bad %s: %j', async (field, change, message) => {
    const activity = await create(admin, ['SOU']);
    const response = await post(`/api/activities/${activity.id}/follow-ups`, {
      status: 'done',
      date: '2024-06-30',
      version: activity.version,
      ...change,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorResponse>().fields).toEqual([{ path: field, message }]);
  });

  it('refuses a copy forward to an earlier year, without activities or with another year’s', async () => {
    const activity = await create(admin, ['SOU'], { year: 2023 });
    const cases: [object, string][] = [
      [{ fromYear: 2023, toYear: 2023, activityIds: [activity.id] }, 'toYear'],
      [{ fromYear: 2023, toYear: 2024, activityIds: [] }, 'activityIds'],
      [{ fromYear: 2024, toYear: 2025, activityIds: [activity.id] }, 'activityIds'],
      [{ fromYear: 2024, toYear: 2026, activityIds: [activity.id] }, 'toYear'],
    ];
    for (const [payload, field] of cases) {
      const response = await post('/api/activities/copy-forward', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json<ErrorResponse>().fields?.map((f) => f.path)).toEqual([field]);
    }
  });

  it.each([
    ['50-75', '50-75', 50, 75],
    ['2,4', '2,4', 2.4, 2.4],
    [15, '15', 15, 15],
    [2.5, '2,5', 2.5, 2.5],
    [' 1 200 ', '1 200', 1200, 1200],
    ['', null, null, null],
    [null, null, null, null],
  ])('keeps antal %j as written (%j) with its bounds', async (antal, stored, min, max) => {
    const activity = await create(admin, ['SOU'], { antal });
    expect(activity).toMatchObject({ antal: stored, antalMin: min, antalMax: max });
  });

  it('writes several units as the plans do and keeps a written form that is given', async () => {
    const three = await create(admin, ['KSF', 'KSUF', 'VBU', 'KSF']);
    expect(three).toMatchObject({ units: ['KSF', 'KSUF', 'VBU'], unitsRaw: 'KSF, KSUF och VBU' });
    const written = await create(admin, ['KSF'], { unitsRaw: 'KS' });
    expect(written.unitsRaw).toBe('KS');
  });

  it('answers 404 for an activity that does not exist', async () => {
    const response = await post('/api/activities/999999/follow-ups', {
      status: 'done',
      date: '2024-06-30',
      version: 1,
    });
    expect(response.statusCode).toBe(404);
    expect((await context.app.inject({ url: '/api/activities/999999/history' })).statusCode).toBe(
      404,
    );
  });
});

describe('history, follow-up and conflicts', () => {
  let context: Context;
  let editor: TestSession;
  let controller: TestSession;
  const { send, create, list, history } = helpers(() => context);

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'red-sou', ['unit_editor'], ['SOU']);
    await addUser(context.db, 'controller', ['controller']);
    editor = await signIn(context.app, 'red-sou');
    controller = await signIn(context.app, 'controller');
  });
  afterAll(() => context.app.close());

  it('records who changed what, when, old → new, for create, edit, status and removal', async () => {
    const created = await create(editor, ['SOU']);
    expect(created).toMatchObject({ status: 'planned', version: 1, updatedBy: 'red-sou' });
    const edited = await send(editor, {
      method: 'PATCH',
      url: `/api/activities/${created.id}`,
      payload: editOf(created, {
        text: 'Lovskola på sport- och höstlovet',
        reason: 'Nytt upplägg',
      }),
    });
    expect(edited.json<Activity>()).toMatchObject({ version: 2 });
    const followed = await send(controller, {
      method: 'POST',
      url: `/api/activities/${created.id}/follow-ups`,
      payload: { status: 'done', comment: 'Genomfört i juni', date: '2024-06-30', version: 2 },
    });
    expect(followed.json<Activity>()).toMatchObject({
      status: 'done',
      version: 3,
      followUp: {
        status: 'done',
        comment: 'Genomfört i juni',
        date: '2024-06-30',
        by: 'controller',
      },
    });
    const removed = await send(editor, {
      method: 'DELETE',
      url: `/api/activities/${created.id}?version=3`,
    });
    expect(removed.statusCode).toBe(204);

    const { changes } = await history(editor, created.id);
    expect(changes.map((c) => [c.action, c.changedBy, c.reason])).toEqual([
      ['removed', 'red-sou', null],
      ['status', 'controller', null],
      ['changed', 'red-sou', 'Nytt upplägg'],
      ['created', 'red-sou', null],
    ]);
    const [removal, status, change, creation] = changes;
    expect(creation).toMatchObject({
      oldState: null,
      newState: { text: 'Lovskola under sommarlovet' },
    });
    expect(change?.oldState?.text).toBe('Lovskola under sommarlovet');
    expect(change?.newState?.text).toBe('Lovskola på sport- och höstlovet');
    expect(status).toMatchObject({
      oldState: { status: 'planned' },
      newState: { status: 'done', comment: 'Genomfört i juni', date: '2024-06-30' },
    });
    expect(removal).toMatchObject({ oldState: { units: ['SOU'] }, newState: null });
    expect(changes.every((c) => /^\d{4}-\d{2}-\d{2}T/.test(c.changedAt))).toBe(true);

    expect((await list('?year=2024&unit=SOU')).map((a) => a.id)).not.toContain(created.id);
    const row = context.db
      .prepare('SELECT deleted_at AS deletedAt FROM activities WHERE id = ?')
      .get(created.id) as { deletedAt: string | null };
    expect(row.deletedAt).not.toBeNull();
  });

  it('writes no history for a save that changes nothing', async () => {
    const created = await create(editor, ['SOU']);
    const same = await send(editor, {
      method: 'PATCH',
      url: `/api/activities/${created.id}`,
      payload: editOf(created),
    });
    expect(same.json<Activity>().version).toBe(1);
    expect((await history(editor, created.id)).changes).toHaveLength(1);
  });

  it('answers a stale version with 409 and the current activity, for every kind of write', async () => {
    const created = await create(editor, ['SOU']);
    await send(controller, {
      method: 'PATCH',
      url: `/api/activities/${created.id}`,
      payload: editOf(created, { antal: '2,4' }),
    });
    const stale: Request[] = [
      {
        method: 'PATCH',
        url: `/api/activities/${created.id}`,
        payload: editOf(created, { text: 'Min ändring' }),
      },
      { method: 'DELETE', url: `/api/activities/${created.id}?version=1` },
      {
        method: 'POST',
        url: `/api/activities/${created.id}/follow-ups`,
        payload: { status: 'done', date: '2024-06-30', version: 1 },
      },
    ];
    for (const request of stale) {
      const response = await send(editor, request);
      expect(response.statusCode, request.method).toBe(409);
      expect(response.json().current).toMatchObject({
        id: created.id,
        antal: '2,4',
        version: 2,
        updatedBy: 'controller',
        text: created.text,
      });
    }
    expect((await history(editor, created.id)).changes).toHaveLength(2);
  });

  it('keeps every follow-up and shows the newest', async () => {
    const created = await create(editor, ['SOU']);
    const followUp = (status: string, date: string, version: number) =>
      send(editor, {
        method: 'POST',
        url: `/api/activities/${created.id}/follow-ups`,
        payload: { status, comment: `Läget ${date}`, date, version },
      });
    await followUp('in_progress', '2024-04-30', 1);
    const latest = (await followUp('postponed', '2024-08-31', 2)).json<Activity>();
    expect(latest).toMatchObject({
      status: 'postponed',
      followUp: { status: 'postponed', comment: 'Läget 2024-08-31', date: '2024-08-31' },
    });
    const stored = context.db
      .prepare('SELECT status, dated FROM activity_follow_ups WHERE activity_id = ? ORDER BY id')
      .all(created.id);
    expect(stored).toEqual([
      { status: 'in_progress', dated: '2024-04-30' },
      { status: 'postponed', dated: '2024-08-31' },
    ]);
  });

  it('keeps the history and the follow-ups append-only in the database itself', () => {
    const db: Db = context.db;
    for (const table of ['activity_history', 'activity_follow_ups']) {
      expect(() => db.prepare(`UPDATE ${table} SET activity_id = activity_id`).run()).toThrow(
        /append-only/,
      );
      expect(() => db.prepare(`DELETE FROM ${table}`).run()).toThrow(/append-only/);
    }
  });
});

describe('copy forward', () => {
  let context: Context;
  let editor: TestSession;
  const { send, list, history } = helpers(() => context);

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'red-sou', ['unit_editor'], ['SOU']);
    editor = await signIn(context.app, 'red-sou');
  });
  afterAll(() => context.app.close());

  const copy = (activityIds: number[]) =>
    send(editor, {
      method: 'POST',
      url: '/api/activities/copy-forward',
      payload: { fromYear: 2024, toYear: 2025, activityIds },
    });

  it('copies text, units, verksamhet, antal and comment into the next year as planned', async () => {
    const plan2024 = await list('?year=2024&unit=SOU');
    const chosen = plan2024.slice(0, 3);
    const done = await send(editor, {
      method: 'POST',
      url: `/api/activities/${chosen[0]!.id}/follow-ups`,
      payload: {
        status: 'done',
        comment: 'Klart',
        date: '2024-12-31',
        version: chosen[0]!.version,
      },
    });
    expect(done.statusCode).toBe(200);

    const response = await copy(chosen.map((a) => a.id));
    expect(response.statusCode).toBe(201);
    const result = response.json<CopyForwardResult>();
    expect(result.created.map((c) => c.copiedFrom)).toEqual(chosen.map((a) => a.id));
    expect(result.skipped).toEqual([]);

    // A new year's plan is a draft: its editors see it, the public once it is published.
    expect(await list('?year=2025&unit=SOU')).toEqual([]);
    const plan2025 = (
      await send(editor, { method: 'GET', url: '/api/activities?year=2025&unit=SOU' })
    ).json<Activity[]>();
    const carried = (a: Activity) => ({
      measureNumber: a.measureNumber,
      units: a.units,
      unitsRaw: a.unitsRaw,
      verksamhet: a.verksamhet,
      text: a.text,
      antal: a.antal,
      antalMin: a.antalMin,
      antalMax: a.antalMax,
      countUnit: a.countUnit,
      comment: a.comment,
    });
    expect(plan2025.map(carried)).toEqual(chosen.map(carried));
    for (const copied of plan2025) {
      expect(copied).toMatchObject({
        year: 2025,
        status: 'planned',
        followUp: null,
        version: 1,
        updatedBy: 'red-sou',
      });
    }
    expect(plan2025.map((a) => a.copiedFrom)).toEqual(chosen.map((a) => a.id));
    const { changes } = await history(editor, plan2025[0]!.id);
    expect(changes).toMatchObject([
      { action: 'created', reason: 'Kopierad från 2024', newState: { copiedFrom: chosen[0]!.id } },
    ]);
    // The source stays as it was, with its own follow-up (a draft until it is published).
    const working2024 = (
      await send(editor, { method: 'GET', url: '/api/activities?year=2024&unit=SOU' })
    ).json<Activity[]>();
    expect(working2024[0]).toMatchObject({ status: 'done', draft: { followUp: true } });
  });

  it('does not copy an activity into the same year twice', async () => {
    const [first] = await list('?year=2024&unit=SOU');
    const again = await copy([first!.id]);
    expect(again.json<CopyForwardResult>()).toEqual({ created: [], skipped: [first!.id] });
  });
});

describe('plan export', () => {
  let context: Context;
  let measures: Measure[];
  let plan: Activity[];

  beforeAll(async () => {
    context = await createTestContext();
    measures = (await context.app.inject({ url: '/api/measures' })).json<Measure[]>();
    plan = (await context.app.inject({ url: '/api/activities?year=2024&unit=SOU' })).json();
  });
  afterAll(() => context.app.close());

  /** The plan's rows as the documents lay them out, computed from the API's activities. */
  const expectedRows = () =>
    plan.map((a) => [
      `${a.measureNumber}. ${measures.find((m) => m.number === a.measureNumber)!.name}`,
      a.unitsRaw,
      a.verksamhet ?? '',
      a.text,
      a.antal ?? '',
      a.countUnit ?? '',
      a.comment ?? '',
      ACTIVITY_STATUS_LABELS[a.status],
      a.followUp?.comment ?? '',
      a.followUp?.date ?? '',
    ]);

  it('gives CSV with a BOM, semicolons and one row per activity of the unit', async () => {
    const response = await context.app.inject({ url: '/api/plans/SOU/2024.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="plan-SOU-2024.csv"',
    );
    expect(response.body.startsWith('\ufeffResultatmått;Förvaltning/bolag;')).toBe(true);
    const [header, ...rows] = parseCsv(response.body.slice(1));
    // The open-data licence the administrator chose closes every row (toCsv).
    expect(header).toEqual([...PLAN_COLUMNS, 'Licens']);
    expect(plan.length).toBeGreaterThan(10);
    expect(rows).toEqual(expectedRows().map((row) => [...row, licenceText('CC0-1.0')]));
    expect(rows.map((row) => row[4])).toContain('50-75');
  });

  it('gives XLSX whose table, read back, equals the rows', async () => {
    const response = await context.app.inject({ url: '/api/plans/sou/2024.xlsx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="plan-SOU-2024.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const cells = (rowNumber: number) =>
      PLAN_COLUMNS.map((_, index) =>
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the plan's cells hold text and numbers
        String(sheet.getRow(rowNumber).getCell(index + 1).value ?? ''),
      );
    expect(sheet.getCell('A1').value).toBe(
      'Plan för målaktiviteter 2024 – Social- och utbildningsförvaltningen (SOU)',
    );
    expect(cells(XLSX_HEADER_ROW)).toEqual([...PLAN_COLUMNS]);
    const rows = Array.from({ length: plan.length }, (_, index) =>
      cells(XLSX_HEADER_ROW + 1 + index),
    );
    expect(rows).toEqual(expectedRows());
    // Under the table, after an empty row: the licence.
    expect(sheet.rowCount).toBe(XLSX_HEADER_ROW + plan.length + 2);
    expect(sheet.lastRow!.getCell(1).value).toBe(`Licens: ${licenceText('CC0-1.0')}`);
  });

  it('answers 404 for an unknown unit and an empty table for a year without a plan', async () => {
    expect((await context.app.inject({ url: '/api/plans/NOPE/2024.csv' })).statusCode).toBe(404);
    const empty = await context.app.inject({ url: '/api/plans/SOU/2030.csv' });
    expect(parseCsv(empty.body.slice(1))).toHaveLength(1);
  });
});
