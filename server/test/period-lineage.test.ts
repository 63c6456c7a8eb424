import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  EntrySaveResult,
  Measure,
  MeasureWithAssessment,
  Period,
} from '@malbild/shared';
import { outcome, target } from './entry-changes';
import { seed } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// On the Ludvika database: the 2026–2029 period copied from 2021–2025, each measure continuing
// its original as one time series; then 2021–2025 closed, read-only but readable (decision 009).

describe('a period copied forward with lineage, and the old one closed', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let admin: TestSession;
  let controller: TestSession;
  let next: Period;
  let oldActivity: Activity;
  const old = () =>
    context.db.prepare<[], Period>('SELECT id, name FROM periods WHERE id = 1').get()!;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'admin', ['admin']);
    await addUser(context.db, 'kontroller', ['controller']);
    admin = await signIn(context.app, 'admin');
    controller = await signIn(context.app, 'kontroller');
  });
  afterAll(() => context.app.close());

  const as = (
    session: TestSession | null,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ) => asUser(context.app, session, { method, url, ...(payload && { payload }) });
  const outcomeRows = () =>
    context.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outcomes').get()!.n;

  it('copies areas, goals and every measure with its definition, each continuing its original', async () => {
    const response = await as(admin, 'POST', '/api/periods', {
      name: '2026–2029',
      startYear: 2026,
      endYear: 2029,
      vision: seed.period.vision,
      copyFrom: { periodId: old().id },
    });
    expect(response.statusCode, response.body).toBe(201);
    next = response.json<Period>();
    const copied = (await as(admin, 'GET', `/api/measures?period=${next.id}`)).json<Measure[]>();
    const original = (await as(null, 'GET', '/api/measures')).json<Measure[]>();
    expect(copied).toHaveLength(17);
    copied.forEach((measure, index) => {
      const from = original[index]!;
      const { continues, targets, goal, area, ...definition } = measure;
      expect(continues).toEqual({
        periodId: old().id,
        periodName: old().name,
        number: from.number,
      });
      expect(definition).toEqual({
        ...definition,
        name: from.name,
        unit: from.unit,
        direction: from.direction,
        scaleMin: from.scaleMin,
        scaleMax: from.scaleMax,
        decimals: from.decimals,
        koladaKpi: from.koladaKpi,
        outcomes: from.outcomes,
      });
      expect(goal.name).toBe(from.goal.name);
      expect(area.name).toBe(from.area.name);
      // The earlier period's targets show for its years; none of its own yet.
      expect(targets).toEqual(from.targets);
    });
  });

  it('is not public while planned', async () => {
    expect((await as(null, 'GET', `/api/measures?period=${next.id}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', '/api/periods')).json<Period[]>()).toHaveLength(1);
  });

  it('is one time series: an outcome entered in the new period is stored once and shown in both', async () => {
    const before = outcomeRows();
    const saved = await as(controller, 'POST', `/api/entry/2026?period=${next.id}`, {
      changes: [outcome(1, 230, 0), target(1, 235, 0)],
    });
    expect(
      saved.json<EntrySaveResult>().results.map((r) => r.result),
      saved.body,
    ).toEqual(['saved', 'saved']);
    expect(outcomeRows()).toBe(before + 1);
    const inNew = (
      await as(admin, 'GET', `/api/measures/1?period=${next.id}`)
    ).json<MeasureWithAssessment>();
    const seeded = seed.measures.find((m) => m.number === 1)!;
    expect(inNew.outcomes.map((o) => o.year)).toEqual([
      ...seeded.outcomes.map((o) => o.year),
      2026,
    ]);
    expect(inNew.outcomes[0]!.year).toBe(2018);
    expect(inNew.targets.map((t) => t.year)).toEqual([...seeded.targets.map((t) => t.year), 2026]);
    const inOld = (await as(null, 'GET', '/api/measures/1')).json<MeasureWithAssessment>();
    expect(inOld.outcomes.at(-1)).toMatchObject({ year: 2026, value: 230 });
    // Targets are each period's own: the old period has none for 2026.
    expect(inOld.targets.map((t) => t.year)).toEqual(seeded.targets.map((t) => t.year));
  });

  it('refuses a second measure continuing the same one', async () => {
    const detail = (await as(admin, 'GET', `/api/periods/${next.id}`)).json<{
      areas: { goals: { id: number }[] }[];
    }>();
    const response = await as(admin, 'POST', `/api/periods/${next.id}/measures`, {
      goalId: detail.areas[0]!.goals[0]!.id,
      name: 'Dubblett',
      unit: 'antal',
      direction: 'up',
      decimals: 0,
      continues: { periodId: old().id, number: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe(
      'continues.number',
    );
  });

  it('becomes the current period when activated', async () => {
    const activated = await as(controller, 'PATCH', `/api/periods/${next.id}`, {
      status: 'active',
    });
    expect(activated.statusCode, activated.body).toBe(200);
    expect((await as(null, 'GET', '/api/periods/current')).json<Period>().name).toBe('2026–2029');
    const current = (await as(null, 'GET', '/api/measures/1')).json<MeasureWithAssessment>();
    expect(current.outcomes[0]!.year).toBe(2018);
  });

  it('writes plans in any period that is not closed, each activity in its own', async () => {
    const [activity] = (
      await as(null, 'GET', `/api/activities?period=${old().id}&year=2024&limit=1`)
    ).json<Activity[]>();
    oldActivity = activity!;
    const changed = await as(controller, 'PATCH', `/api/activities/${oldActivity.id}`, {
      measureNumber: oldActivity.measureNumber,
      units: oldActivity.units,
      text: 'Ändrad i sin egen period',
      version: oldActivity.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    oldActivity = changed.json<Activity>();
    // The controller reads the working plan: the edit is not yet published.
    const inOld = (
      await as(controller, 'GET', `/api/activities?period=${old().id}&year=2024`)
    ).json<Activity[]>();
    expect(inOld.find((a) => a.id === oldActivity.id)?.text).toBe('Ändrad i sin egen period');
    const created = await as(controller, 'POST', '/api/activities', {
      year: 2026,
      measureNumber: 1,
      units: ['SOU'],
      text: 'Första året i den nya perioden',
    });
    expect(created.statusCode, created.body).toBe(201);
    const wrongYear = await as(controller, 'POST', `/api/activities?period=${old().id}`, {
      year: 2026,
      measureNumber: 1,
      units: ['SOU'],
      text: 'Utanför perioden',
    });
    expect(wrongYear.statusCode).toBe(400);
  });

  it('closes the old period: read-only except for an administrator with a reason', async () => {
    const closed = await as(admin, 'PATCH', `/api/periods/${old().id}`, { status: 'closed' });
    expect(closed.json<Period>().status).toBe('closed');
    const change = (version: number, reason?: string) => ({
      changes: [target(6, 300, version, reason ? { reason } : {})],
    });
    const url = `/api/entry/2024?period=${old().id}`;
    expect((await as(controller, 'POST', url, change(1))).statusCode).toBe(403);
    const noReason = (await as(admin, 'POST', url, change(1))).json<EntrySaveResult>();
    expect(noReason.results[0]).toMatchObject({ result: 'refused', errors: [{ path: 'reason' }] });
    const corrected = (
      await as(admin, 'POST', url, change(1, 'Fel i protokollet'))
    ).json<EntrySaveResult>();
    expect(corrected.results[0]!.result).toBe('saved');
    const history = (await as(null, 'GET', `/api/measures/6/history?period=${old().id}`)).json<{
      changes: { reason: string | null }[];
    }>();
    expect(history.changes[0]!.reason).toBe('Fel i protokollet');
    const definition = await as(
      controller,
      'PATCH',
      `/api/measures/1/definition?period=${old().id}`,
      {
        name: 'Nytt namn',
        version: 1,
      },
    );
    expect(definition.statusCode).toBe(403);
    const activity = await as(controller, 'PATCH', `/api/activities/${oldActivity.id}`, {
      measureNumber: oldActivity.measureNumber,
      units: oldActivity.units,
      text: 'Efter stängningen',
      version: oldActivity.version,
    });
    expect(activity.statusCode).toBe(403);
    // The archive stays readable.
    expect((await as(null, 'GET', `/api/overview?period=${old().id}&year=2022`)).statusCode).toBe(
      200,
    );
    expect((await as(null, 'GET', '/api/periods')).json<Period[]>().map((p) => p.status)).toEqual([
      'closed',
      'active',
    ]);
  });
});
