import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Activity,
  EntrySaveResult,
  Measure,
  MeasureWithAssessment,
  Overview,
  Period,
  PeriodDetail,
  StoredDefinition,
  StructureHistoryEntry,
} from '@malbild/shared';
import { buildApp } from '../src/app';
import { openDatabase, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { outcome, target } from './entry-changes';
import { TEST_SCRYPT_N } from './helpers';
import { addUser, asUser, signIn, type TestSession } from './session-helpers';

// A municipality that is not Ludvika, set up through the API alone from an empty database: a
// four-year period with two areas, three goals and four measures, its own units, outcomes,
// targets, activities and overview (decision 009).

describe('a second municipality, set up through the API from an empty database', () => {
  let app: FastifyInstance;
  let db: Db;
  let controller: TestSession;
  let admin: TestSession;
  let period: Period;
  const areaIds: number[] = [];
  const goalIds: number[] = [];

  beforeAll(async () => {
    db = openDatabase(':memory:');
    migrate(db);
    // Units are set up by their own API (organisation units); here they only need to exist.
    db.prepare(
      "INSERT INTO units (code, name) VALUES ('BUF', 'Barn- och utbildningsförvaltningen'), ('SBF', 'Samhällsbyggnadsförvaltningen')",
    ).run();
    app = await buildApp({ db, scryptN: TEST_SCRYPT_N });
    await addUser(db, 'strateg', ['controller']);
    await addUser(db, 'admin', ['admin']);
    controller = await signIn(app, 'strateg');
    admin = await signIn(app, 'admin');
  });
  afterAll(async () => {
    await app.close();
    db.close();
  });

  const as = (
    session: TestSession | null,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ) => asUser(app, session, { method, url, ...(payload && { payload }) });

  it('starts with no period: nothing to follow yet', async () => {
    expect((await as(null, 'GET', '/api/periods')).json()).toEqual([]);
    expect((await as(null, 'GET', '/api/measures')).statusCode).toBe(404);
  });

  it('creates a four-year period in planning, seen only by signed-in users', async () => {
    const response = await as(controller, 'POST', '/api/periods', {
      name: '2027–2030',
      startYear: 2027,
      endYear: 2030,
      vision: 'Staden vid sjön växer hållbart',
    });
    expect(response.statusCode).toBe(201);
    period = response.json<Period>();
    expect(period).toMatchObject({ name: '2027–2030', status: 'planning', public: false });
    expect((await as(null, 'GET', '/api/periods')).json()).toEqual([]);
    expect((await as(null, 'GET', `/api/periods/${period.id}`)).statusCode).toBe(404);
    expect((await as(controller, 'GET', '/api/periods')).json<Period[]>()).toHaveLength(1);
  });

  it('refuses a period whose years are out of order, field by field', async () => {
    const response = await as(controller, 'POST', '/api/periods', {
      name: '',
      startYear: 2030,
      endYear: 2027,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ fields: { path: string }[] }>().fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name']));
  });

  it('adds areas, goals and measures; numbers follow the order, not the order of adding', async () => {
    for (const name of ['Lärande', 'Hållbar stad']) {
      const response = await as(controller, 'POST', `/api/periods/${period.id}/areas`, { name });
      expect(response.statusCode).toBe(201);
      areaIds.push(response.json<{ id: number }>().id);
    }
    const goals = [
      { areaId: areaIds[0], name: 'Fler klarar skolan', description: 'Alla elever.\n\nVarje år.' },
      { areaId: areaIds[0], name: 'Trygg uppväxt', description: '' },
      { areaId: areaIds[1], name: 'Mindre utsläpp', description: 'Klimatet.' },
    ];
    for (const goal of goals) {
      const response = await as(controller, 'POST', `/api/periods/${period.id}/goals`, goal);
      expect(response.statusCode).toBe(201);
      goalIds.push(response.json<{ id: number }>().id);
    }
    const measure = (goalId: number, name: string, unit: string, direction: 'up' | 'down') => ({
      goalId,
      name,
      statement: `${name} ska förbättras`,
      unit,
      direction,
      decimals: 1,
    });
    // The last goal's measure first: it must still end up last.
    const added = [
      measure(goalIds[2]!, 'Utsläpp per invånare', 'ton', 'down'),
      measure(goalIds[0]!, 'Behöriga till gymnasiet', '%', 'up'),
      measure(goalIds[1]!, 'Trygghet i skolan', 'index', 'up'),
      measure(goalIds[0]!, 'Meritvärde årskurs 9', 'meritvärde', 'up'),
    ];
    const numbers: number[] = [];
    for (const body of added) {
      const response = await as(controller, 'POST', `/api/periods/${period.id}/measures`, {
        ...body,
        responsibleUnit: 'BUF',
      });
      expect(response.statusCode, response.body).toBe(201);
      numbers.push(response.json<StoredDefinition>().number);
    }
    expect(numbers).toEqual([1, 1, 2, 2]);
    const list = (await as(controller, 'GET', `/api/measures?period=${period.id}`)).json<
      Measure[]
    >();
    expect(list.map((m) => [m.number, m.name])).toEqual([
      [1, 'Behöriga till gymnasiet'],
      [2, 'Meritvärde årskurs 9'],
      [3, 'Trygghet i skolan'],
      [4, 'Utsläpp per invånare'],
    ]);
    const detail = (await as(controller, 'GET', `/api/periods/${period.id}`)).json<PeriodDetail>();
    expect(detail.areas.map((a) => a.goals.map((g) => g.measureNumbers))).toEqual([
      [[1, 2], [3]],
      [[4]],
    ]);
    expect(detail.areas[0]!.goals[0]!.description).toEqual(['Alla elever.', 'Varje år.']);
  });

  it('refuses a measure with an unknown unit or goal with field errors', async () => {
    const response = await as(controller, 'POST', `/api/periods/${period.id}/measures`, {
      goalId: 999_999,
      name: 'X',
      unit: '%',
      direction: 'sideways',
      decimals: 9,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ fields: { path: string }[] }>().fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['direction', 'decimals']));
    const unknownGoal = await as(controller, 'POST', `/api/periods/${period.id}/measures`, {
      goalId: 999_999,
      name: 'X',
      unit: '%',
      direction: 'up',
      decimals: 0,
      responsibleUnit: 'NOPE',
    });
    expect(unknownGoal.statusCode).toBe(400);
    expect(unknownGoal.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe(
      'responsibleUnit',
    );
  });

  it('moves a measure to another goal and renumbers, keeping it in the history', async () => {
    const definition = (
      await as(controller, 'GET', `/api/measures/2/definition?period=${period.id}`)
    ).json<StoredDefinition>();
    const moved = await as(controller, 'PATCH', `/api/periods/${period.id}/measures/2`, {
      goalId: goalIds[2],
      position: 1,
      version: definition.version,
      reason: 'Hör till klimatmålet',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<StoredDefinition>().number).toBe(3);
    const stale = await as(controller, 'PATCH', `/api/periods/${period.id}/measures/3`, {
      name: 'Gammal version',
      version: definition.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: StoredDefinition }>().current.name).toBe('Meritvärde årskurs 9');
    // Back again, so that the rest of the file has the order it was built with.
    await as(controller, 'PATCH', `/api/periods/${period.id}/measures/3`, {
      goalId: goalIds[0],
      version: moved.json<StoredDefinition>().version,
    });
    const history = (await as(controller, 'GET', `/api/periods/${period.id}/history`)).json<
      StructureHistoryEntry[]
    >();
    expect(history.find((h) => h.reason === 'Hör till klimatmålet')).toMatchObject({
      subject: 'measure',
      action: 'moved',
      oldState: { number: 2 },
      newState: { number: 3 },
      changedBy: 'strateg',
    });
    expect(history.filter((h) => h.action === 'created')).toHaveLength(1 + 2 + 3 + 4);
  });

  it('answers a stale area version with 409 and the area as it is', async () => {
    const detail = (await as(controller, 'GET', `/api/periods/${period.id}`)).json<PeriodDetail>();
    const area = detail.areas[1]!;
    const renamed = await as(controller, 'PATCH', `/api/periods/${period.id}/areas/${area.id}`, {
      name: 'Hållbar kommun',
      version: area.version,
    });
    expect(renamed.statusCode).toBe(200);
    const stale = await as(controller, 'PATCH', `/api/periods/${period.id}/areas/${area.id}`, {
      name: 'Något annat',
      version: area.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: { name: string } }>().current.name).toBe('Hållbar kommun');
  });

  it('is published by the controller and becomes the current period', async () => {
    const response = await as(controller, 'PATCH', `/api/periods/${period.id}`, {
      status: 'active',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect((await as(null, 'GET', '/api/periods/current')).json<Period>().name).toBe('2027–2030');
    expect((await as(null, 'GET', '/api/periods')).json<Period[]>()).toHaveLength(1);
  });

  it('takes outcomes and targets for its years and refuses a year outside them', async () => {
    const save = async (year: number, changes: object[]) =>
      as(controller, 'POST', `/api/entry/${year}`, { changes });
    // The baseline year before the period and the period's own years.
    expect((await save(2026, [outcome(1, 80, 0), outcome(4, 5.8, 0)])).statusCode).toBe(200);
    const year2027 = await save(2027, [
      outcome(1, 84, 0),
      target(1, 83, 0),
      outcome(2, 210, 0),
      target(2, 215, 0),
      outcome(4, 5.5, 0),
      target(4, 5, 0),
    ]);
    expect(year2027.json<EntrySaveResult>().results.map((r) => r.result)).toEqual(
      Array(6).fill('saved'),
    );
    const outside = await as(controller, 'GET', '/api/entry/2031');
    expect(outside.statusCode).toBe(400);
    expect(outside.json<{ fields: { path: string; message: string }[] }>().fields[0]).toMatchObject(
      {
        path: 'year',
        message: expect.stringContaining('2027–2030'),
      },
    );
  });

  it('takes activities of its own units for its years only', async () => {
    const created = await as(controller, 'POST', '/api/activities', {
      year: 2027,
      measureNumber: 1,
      units: ['BUF'],
      text: 'Läxhjälp på alla skolor',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<Activity>()).toMatchObject({ measureNumber: 1, units: ['BUF'] });
    const outside = await as(controller, 'POST', '/api/activities', {
      year: 2026,
      measureNumber: 1,
      units: ['BUF'],
      text: 'För tidigt',
    });
    expect(outside.statusCode).toBe(400);
  });

  it('gives the overview of its areas and goals', async () => {
    const overview = (await as(null, 'GET', '/api/overview?year=2027')).json<Overview>();
    const goalCounts = overview.areas.flatMap((area) => area.goals.map((goal) => goal.counts));
    expect(overview.areas.map((a) => a.name)).toEqual(['Lärande', 'Hållbar kommun']);
    expect(goalCounts).toEqual([
      { met: 1, improving: 0, not_met: 1, no_data: 0 },
      { met: 0, improving: 0, not_met: 0, no_data: 1 },
      { met: 0, improving: 1, not_met: 0, no_data: 0 },
    ]);
  });

  it('removes a measure with nothing recorded and retires one with data', async () => {
    const version = async (number: number) =>
      (
        await as(controller, 'GET', `/api/measures/${number}/definition?period=${period.id}`)
      ).json<StoredDefinition>().version;
    const removed = await as(
      controller,
      'DELETE',
      `/api/periods/${period.id}/measures/3?version=${await version(3)}`,
    );
    expect(removed.json()).toEqual({ outcome: 'removed' });
    const retired = await as(
      controller,
      'DELETE',
      `/api/periods/${period.id}/measures/1?version=${await version(1)}&reason=Mäts inte längre`,
    );
    expect(retired.json()).toEqual({ outcome: 'retired' });
    const list = (await as(null, 'GET', '/api/measures')).json<Measure[]>();
    expect(list.map((m) => [m.number, m.retired])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
    expect(list[0]!.outcomes.map((o) => o.value)).toEqual([80, 84]);
  });

  it('retires, never removes, a measure with an analysis', async () => {
    const number = 3;
    const analysis = await asUser(app, controller, {
      method: 'PUT',
      url: `/api/follow-up/2027/analyses/${number}/annual?period=${period.id}`,
      payload: { text: 'Ingen mätning ännu.', version: 0 },
    });
    expect(analysis.statusCode, analysis.body).toBe(200);
    const { version } = (
      await as(controller, 'GET', `/api/measures/${number}/definition?period=${period.id}`)
    ).json<StoredDefinition>();
    const removal = await as(
      controller,
      'DELETE',
      `/api/periods/${period.id}/measures/${number}?version=${version}`,
    );
    expect(removal.json()).toEqual({ outcome: 'retired' });
  });

  it('lets only an administrator close it; then it is read-only but readable', async () => {
    const byController = await as(controller, 'PATCH', `/api/periods/${period.id}`, {
      status: 'closed',
    });
    expect(byController.statusCode).toBe(400);
    expect(
      (await as(admin, 'PATCH', `/api/periods/${period.id}`, { status: 'closed' })).statusCode,
    ).toBe(200);
    const write = await as(controller, 'POST', `/api/periods/${period.id}/areas`, { name: 'Ny' });
    expect(write.statusCode).toBe(403);
    const withoutReason = await as(admin, 'POST', `/api/periods/${period.id}/areas`, {
      name: 'Ny',
    });
    expect(withoutReason.statusCode).toBe(400);
    const measure = (
      await as(null, 'GET', `/api/measures/2?period=${period.id}`)
    ).json<MeasureWithAssessment>();
    expect(measure.outcomes.map((o) => o.value)).toEqual([210]);
  });
});
