import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { ControlAssessmentSchema } from '@malbild/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ControlFollowUp,
  ControlPlan,
  ControlSummary,
  ControlUnitReport,
  Risk,
} from '@malbild/shared';
import type { Db } from '../src/db/connection';
import { documentXml, pdfInfo, pdfText } from './document-helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

let app: FastifyInstance;
let db: Db;
const sessions: Record<string, TestSession> = {};
beforeAll(async () => {
  ({ app, db } = await createTestContext());
  await addUser(db, 'admin', ['admin']);
  await addUser(db, 'controller', ['controller']);
  await addUser(db, 'voo', ['unit_editor'], ['VOO']);
  await addUser(db, 'sou', ['unit_editor'], ['SOU']);
  for (const name of ['admin', 'controller', 'voo', 'sou'])
    sessions[name] = await signIn(app, name);
});
afterAll(() => app.close());

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's type, as with json<T>()
const get = async <T>(url: string, as: string | null = 'sou') => {
  const response = await asUser(app, as === null ? null : sessions[as]!, { method: 'GET', url });
  return { status: response.statusCode, body: response.json<T>(), response };
};

const followUp = {
  checked: 'Attester i ekonomisystemet januari–juni',
  how: 'Stickprov',
  sampleSize: 40,
  findings: 'Två chefer hade attesterat egna utlägg.',
  assessment: 'deficiencies',
  actions: [
    {
      text: 'Påminna cheferna om attestreglementet',
      owner: 'Förvaltningschef',
      dueDate: '2021-10-31',
      status: 'planned',
    },
  ],
};

describe('GET /api/internal-control/risks and /plans (the contract a check outside reads)', () => {
  it('gives each risk its text, sannolikhet, konsekvens, computed riskpoang and unit', async () => {
    const { status, body } = await get<Risk[]>('/api/internal-control/risks?year=2021');
    expect(status).toBe(200);
    expect(body).toHaveLength(9);
    expect(body[0]).toMatchObject({
      text: 'Tar arbetsgivaren ansvar för att all personal blir medveten och uppdaterad om GDPR?',
      sannolikhet: 3,
      konsekvens: 4,
      riskpoang: 12,
      unit: null,
    });
    expect(body.every((r) => r.riskpoang === r.sannolikhet * r.konsekvens)).toBe(true);
  });

  it('gives the kommunövergripande plan (unit null) and VOO:s, with ISO deadlines', async () => {
    const { body } = await get<ControlPlan[]>('/api/internal-control/plans?year=2021');
    expect(body.map((p) => [p.unit, p.status, p.controlPoints.length])).toEqual([
      [null, 'decided', 3],
      ['VOO', 'draft', 4],
    ]);
    expect(body[0]!.controlPoints[2]).toMatchObject({
      text: 'Görs attesteringar av investeringsprojektens kostnader av rätt instans?',
      deadlineFollowUp: '2021-08-31',
      deadlineReport: '2022-01-31',
    });
    expect(body[0]!.history.map((h) => [h.status, h.date, h.controlPoints.length])).toEqual([
      ['draft', '2020-09-10', 2],
    ]);
  });

  it('is closed to the public until an admin publishes the year, then open', async () => {
    expect((await get('/api/internal-control/plans?year=2021', null)).status).toBe(401);
    expect((await get('/api/internal-control/risks.csv?year=2021', null)).status).toBe(401);
    const publish = (as: string, published: boolean) =>
      asUser(app, sessions[as]!, {
        method: 'PUT',
        url: '/api/internal-control/publication',
        payload: { year: 2021, published },
      });
    expect((await publish('controller', true)).statusCode).toBe(403);
    expect((await publish('admin', true)).statusCode).toBe(200);
    expect((await get('/api/internal-control/plans?year=2021', null)).status).toBe(200);
    expect((await publish('admin', false)).statusCode).toBe(200);
    expect((await get('/api/internal-control/plans?year=2021', null)).status).toBe(401);
    const history = db
      .prepare("SELECT action FROM control_history WHERE subject = 'year' ORDER BY id")
      .all();
    expect(history).toEqual([{ action: 'published' }, { action: 'unpublished' }]);
  });
});

describe('follow-up by a unit', () => {
  let commonId: number;
  let vooOwnId: number;
  beforeAll(async () => {
    const { body } = await get<ControlPlan[]>('/api/internal-control/plans?year=2021');
    commonId = body[0]!.controlPoints[1]!.id;
    vooOwnId = body[1]!.controlPoints.find((p) => p.commonId === null)!.id;
  });
  const save = (as: string, id: number, unit: string, payload: object) =>
    asUser(app, sessions[as]!, {
      method: 'PUT',
      url: `/api/internal-control/follow-ups/${id}/${unit}`,
      payload,
    });

  it('lets a unit editor follow up a common kontrollpunkt for their unit, with a deficiency and an action', async () => {
    const response = await save('voo', commonId, 'VOO', { ...followUp, version: 0 });
    expect(response.statusCode).toBe(200);
    const saved = response.json<ControlFollowUp>();
    expect(saved).toMatchObject({ assessment: 'deficiencies', unit: 'VOO', version: 1 });
    expect(saved.actions).toMatchObject([{ owner: 'Förvaltningschef', status: 'planned' }]);

    const report = await get<ControlUnitReport>(
      '/api/internal-control/follow-ups?year=2021&unit=VOO',
    );
    expect(report.body.rows.map((r) => [r.common, r.followUp?.assessment ?? null])).toEqual([
      [true, null],
      [true, 'deficiencies'],
      [true, null],
      [false, null],
    ]);
    const summary = await get<ControlSummary>('/api/internal-control/summary?year=2021');
    expect(summary.body.rows[1]).toMatchObject({
      counts: { no_remarks: 0, deficiencies: 1, serious_deficiencies: 0 },
      openActions: 1,
    });
    expect(summary.body.rows[1]!.missing).not.toContain('VOO');
  });

  it('refuses another unit’s editor (403) and a stale version (409 with the saved one)', async () => {
    expect((await save('sou', commonId, 'VOO', { ...followUp, version: 1 })).statusCode).toBe(403);
    const stale = await save('voo', commonId, 'VOO', { ...followUp, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: ControlFollowUp }>().current.version).toBe(1);
  });

  it('takes a nämnd’s own kontrollpunkt only for that unit, and says what to fix in a 400', async () => {
    expect((await save('sou', vooOwnId, 'SOU', { ...followUp, version: 0 })).statusCode).toBe(400);
    const invalid = await save('voo', vooOwnId, 'VOO', {
      ...followUp,
      assessment: 'ok',
      version: 0,
    });
    expect(invalid.statusCode).toBe(400);
    const fields = invalid.json<{ fields: { path: string }[] }>().fields;
    expect(fields.map((f) => f.path)).toEqual(['assessment']);
  });

  it('keeps every save in the history', () => {
    const rows = db
      .prepare("SELECT action, changed_by AS by FROM control_history WHERE subject = 'follow_up'")
      .all();
    expect(rows).toEqual([{ action: 'created', by: 'voo' }]);
  });
});

describe('risks and plan decisions', () => {
  const risk = {
    year: 2022,
    unit: null,
    text: 'Följs rutinen för utbetalningar?',
    process: 'Utbetalningar',
    regulation: null,
    period: null,
    method: 'Stickprov',
    sannolikhet: 2,
    konsekvens: 4,
    controlPoint: true,
  };

  it('lets controllers add to the koncern’s risk analysis, not a unit editor; riskpoäng is computed', async () => {
    const post = (as: string, payload: object) =>
      asUser(app, sessions[as]!, { method: 'POST', url: '/api/internal-control/risks', payload });
    expect((await post('voo', risk)).statusCode).toBe(403);
    const created = await post('controller', risk);
    expect(created.statusCode).toBe(201);
    expect(created.json<Risk>()).toMatchObject({ riskpoang: 8, position: 1, unit: null });
    expect((await post('voo', { ...risk, unit: 'VOO' })).statusCode).toBe(201);
    const typed = await post('controller', { ...risk, riskpoang: 16, sannolikhet: 5 });
    expect(typed.statusCode).toBe(400);
  });

  it('records a unit plan’s decision, keeping the draft in its history', async () => {
    const { body } = await get<ControlPlan[]>('/api/internal-control/plans?year=2021');
    const voo = body.find((p) => p.unit === 'VOO')!;
    const decide = (as: string) =>
      asUser(app, sessions[as]!, {
        method: 'POST',
        url: `/api/internal-control/plans/${voo.id}/decision`,
        payload: { decidedOn: '2020-12-16', decisionParagraph: '§ 120', version: voo.version },
      });
    expect((await decide('sou')).statusCode).toBe(403);
    const decided = await decide('voo');
    expect(decided.statusCode).toBe(200);
    const plan = decided.json<ControlPlan>();
    expect([plan.status, plan.date, plan.decisionParagraph]).toEqual([
      'decided',
      '2020-12-16',
      '§ 120',
    ]);
    expect(plan.history.map((h) => [h.status, h.date, h.controlPoints.length])).toEqual([
      ['draft', '2020-11-13', 4],
    ]);
    expect((await decide('voo')).statusCode).toBe(409);
  });
});

describe('a new year written in the app: plans and kontrollpunkter', () => {
  const point = {
    text: 'Följs attestreglementet vid utbetalningar?',
    regulation: 'Attestreglemente',
    period: 'Jan–jun',
    method: 'Stickprov',
    responsible: 'Ekonomichef',
    timeEstimate: '2 dagar',
    deadlineFollowUp: '2022-09-30',
    deadlineReport: '2022-10-31',
    riskId: null,
  };
  const send = (as: string, method: 'POST' | 'PATCH', url: string, payload: object) =>
    asUser(app, sessions[as]!, { method, url, payload });
  const plan2022 = async (unit: string | null) =>
    (await get<ControlPlan[]>('/api/internal-control/plans?year=2022', 'controller')).body.find(
      (p) => p.unit === unit,
    )!;

  it('starts the koncern’s plan (controllers) and a unit’s (its editors), common kontrollpunkter in each', async () => {
    expect(
      (await send('voo', 'POST', '/api/internal-control/plans', { year: 2022, unit: null }))
        .statusCode,
    ).toBe(403);
    const koncern = await send('controller', 'POST', '/api/internal-control/plans', {
      year: 2022,
      unit: null,
    });
    expect(koncern.statusCode).toBe(201);
    expect(koncern.json<ControlPlan>()).toMatchObject({ status: 'draft', controlPoints: [] });
    const again = await send('controller', 'POST', '/api/internal-control/plans', {
      year: 2022,
      unit: null,
    });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe('unit');

    const risk = (
      await get<Risk[]>('/api/internal-control/risks?year=2022', 'controller')
    ).body.find((r) => r.unit === null)!;
    const planId = koncern.json<ControlPlan>().id;
    const first = await send(
      'controller',
      'POST',
      `/api/internal-control/plans/${planId}/control-points`,
      {
        ...point,
        riskId: risk.id,
      },
    );
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ position: 1, riskId: risk.id, version: 1 });

    // VOO's plan starts with the common one; one added to the koncern's plan later joins it.
    const voo = await send('voo', 'POST', '/api/internal-control/plans', {
      year: 2022,
      unit: 'VOO',
    });
    expect(voo.statusCode).toBe(201);
    expect(voo.json<ControlPlan>().controlPoints.map((p) => [p.text, p.commonId])).toEqual([
      [point.text, first.json<{ id: number }>().id],
    ]);
    const second = await send(
      'controller',
      'POST',
      `/api/internal-control/plans/${planId}/control-points`,
      {
        ...point,
        text: 'Finns delegationsordningen uppdaterad?',
      },
    );
    expect(second.statusCode).toBe(201);
    expect((await plan2022('VOO')).controlPoints.map((p) => p.text)).toEqual([
      point.text,
      'Finns delegationsordningen uppdaterad?',
    ]);
    expect(
      (
        await send(
          'sou',
          'POST',
          `/api/internal-control/plans/${voo.json<ControlPlan>().id}/control-points`,
          point,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('edits a kontrollpunkt against its version, links it to a risk of its own level only', async () => {
    const koncern = await plan2022(null);
    const stored = koncern.controlPoints[0]!;
    const url = `/api/internal-control/control-points/${stored.id}`;
    const changed = await send('controller', 'PATCH', url, {
      ...point,
      responsible: 'Controller',
      version: stored.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      responsible: 'Controller',
      version: stored.version + 1,
    });
    const stale = await send('controller', 'PATCH', url, { ...point, version: stored.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: { responsible: string } }>().current.responsible).toBe(
      'Controller',
    );
    const vooRisk = (
      await get<Risk[]>('/api/internal-control/risks?year=2022', 'controller')
    ).body.find((r) => r.unit === 'VOO')!;
    const wrongRisk = await send('controller', 'PATCH', url, {
      ...point,
      riskId: vooRisk.id,
      version: stored.version + 1,
    });
    expect(wrongRisk.statusCode).toBe(400);
    expect(wrongRisk.json<{ fields: { path: string }[] }>().fields[0]!.path).toBe('riskId');
  });

  it('keeps a decided plan’s kontrollpunkter as decided', async () => {
    const { body } = await get<ControlPlan[]>(
      '/api/internal-control/plans?year=2021',
      'controller',
    );
    const decided = body.find((p) => p.unit === null)!;
    const refused = await send(
      'controller',
      'POST',
      `/api/internal-control/plans/${decided.id}/control-points`,
      point,
    );
    expect(refused.statusCode).toBe(400);
  });
});

describe('removing risks and kontrollpunkter', () => {
  const point = {
    text: 'Följs rutinen för representation?',
    regulation: null,
    period: null,
    method: null,
    responsible: null,
    timeEstimate: null,
    deadlineFollowUp: '2023-09-30',
    deadlineReport: null,
    riskId: null,
  };
  const risk = {
    text: 'Representation utan syfte',
    process: null,
    regulation: null,
    period: null,
    method: null,
    sannolikhet: 2,
    konsekvens: 2,
    controlPoint: true,
  };
  const send = (
    as: string | null,
    method: 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload: object,
  ) => asUser(app, as === null ? null : sessions[as]!, { method, url, payload });
  const remove = (as: string | null, what: string, version: number, reason?: string) =>
    asUser(app, as === null ? null : sessions[as]!, {
      method: 'DELETE',
      url: `/api/internal-control/${what}?${new URLSearchParams({
        version: String(version),
        ...(reason === undefined ? {} : { reason }),
      }).toString()}`,
    });
  const plans2023 = async () =>
    (await get<ControlPlan[]>('/api/internal-control/plans?year=2023', 'controller')).body;
  const risks2023 = async () =>
    (await get<Risk[]>('/api/internal-control/risks?year=2023', 'controller')).body;
  const removals = (subject: 'risk' | 'plan') =>
    db
      .prepare(
        `SELECT subject_key AS key, old_state AS old, new_state AS new, changed_by AS by, reason
         FROM control_history WHERE subject = ? AND action = 'removed' ORDER BY id`,
      )
      .all(subject) as { key: string; old: string; new: null; by: string; reason: string | null }[];

  let koncernPlan: ControlPlan;
  let souPlan: ControlPlan;
  let koncernRisks: Risk[];
  beforeAll(async () => {
    for (const text of [risk.text, 'Inköp utanför avtal']) {
      await send('controller', 'POST', '/api/internal-control/risks', {
        ...risk,
        text,
        year: 2023,
        unit: null,
      });
    }
    koncernRisks = await risks2023();
    const created = await send('controller', 'POST', '/api/internal-control/plans', {
      year: 2023,
      unit: null,
    });
    const planId = created.json<ControlPlan>().id;
    for (const [text, riskId] of [
      ['Följs attestreglementet?', null],
      [point.text, koncernRisks[0]!.id],
      ['Finns delegationsordningen uppdaterad?', null],
    ] as const) {
      await send('controller', 'POST', `/api/internal-control/plans/${planId}/control-points`, {
        ...point,
        text,
        riskId,
      });
    }
    const sou = await send('sou', 'POST', '/api/internal-control/plans', {
      year: 2023,
      unit: 'SOU',
    });
    await send(
      'sou',
      'POST',
      `/api/internal-control/plans/${sou.json<ControlPlan>().id}/control-points`,
      { ...point, text: 'Följs rutinen för skolskjuts?' },
    );
    [koncernPlan, souPlan] = (await plans2023()) as [ControlPlan, ControlPlan];
  });

  it('lets only the level’s editors remove a kontrollpunkt; a stale version is a 409 with the current one', async () => {
    const [first] = koncernPlan.controlPoints;
    const own = souPlan.controlPoints.find((p) => p.commonId === null)!;
    expect((await remove(null, `control-points/${first!.id}`, 1)).statusCode).toBe(401);
    expect((await remove('sou', `control-points/${first!.id}`, 1)).statusCode).toBe(403);
    expect((await remove('voo', `control-points/${own.id}`, 1)).statusCode).toBe(403);

    const changed = await send(
      'controller',
      'PATCH',
      `/api/internal-control/control-points/${first!.id}`,
      {
        ...point,
        text: first!.text,
        responsible: 'Ekonomichef',
        version: first!.version,
      },
    );
    expect(changed.statusCode).toBe(200);
    const stale = await remove('controller', `control-points/${first!.id}`, first!.version);
    expect(stale.statusCode).toBe(409);
    expect(
      stale.json<{ current: { responsible: string; version: number } }>().current,
    ).toMatchObject({ responsible: 'Ekonomichef', version: first!.version + 1 });
    expect((await plans2023())[0]!.controlPoints).toHaveLength(3);
  });

  it('refuses a unit’s row of a common kontrollpunkt, and one a unit has followed up', async () => {
    const commonRow = souPlan.controlPoints.find((p) => p.commonId !== null)!;
    const refused = await remove('sou', `control-points/${commonRow.id}`, commonRow.version);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(/kommunövergripande planen/);

    const first = (await plans2023())[0]!.controlPoints[0]!;
    const saved = await send('sou', 'PUT', `/api/internal-control/follow-ups/${first.id}/SOU`, {
      ...followUp,
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    const followedUp = await remove('controller', `control-points/${first.id}`, first.version);
    expect(followedUp.statusCode).toBe(400);
    expect(followedUp.json<{ message: string }>().message).toBe(
      'SOU har följt upp kontrollpunkten: den kan inte tas bort',
    );
  });

  it('removes a common kontrollpunkt from the koncern’s plan and every unit’s, keeping it and the reason in the history', async () => {
    const second = koncernPlan.controlPoints[1]!;
    const removed = await remove(
      'controller',
      `control-points/${second.id}`,
      second.version,
      'Ingår i attestkontrollen',
    );
    expect(removed.statusCode).toBe(204);
    const [koncern, sou] = await plans2023();
    // The plans stay numbered 1, 2, 3 …
    expect(koncern!.controlPoints.map((p) => [p.position, p.text])).toEqual([
      [1, 'Följs attestreglementet?'],
      [2, 'Finns delegationsordningen uppdaterad?'],
    ]);
    expect(sou!.controlPoints.map((p) => p.text)).not.toContain(point.text);
    // A unit's plan numbers its common kontrollpunkter apart from its own.
    expect(sou!.controlPoints.filter((p) => p.commonId !== null).map((p) => p.position)).toEqual([
      1, 2,
    ]);
    expect(sou!.controlPoints.filter((p) => p.commonId === null).map((p) => p.position)).toEqual([
      4,
    ]);
    const [entry] = removals('plan');
    expect(entry).toMatchObject({
      key: String(koncernPlan.id),
      new: null,
      by: 'controller',
      reason: 'Ingår i attestkontrollen',
    });
    expect(JSON.parse(entry!.old)).toMatchObject({
      controlPoint: { id: second.id, text: point.text },
    });
    // Its risk no longer has a kontrollpunkt coming from it.
    expect((await remove('controller', `risks/${koncernRisks[0]!.id}`, 1)).statusCode).toBe(204);
  });

  it('lets a unit’s editor remove its own kontrollpunkt, without a reason', async () => {
    const own = souPlan.controlPoints.find((p) => p.commonId === null)!;
    expect((await remove('sou', `control-points/${own.id}`, own.version)).statusCode).toBe(204);
    expect((await plans2023())[1]!.controlPoints.some((p) => p.id === own.id)).toBe(false);
    expect(removals('plan').at(-1)).toMatchObject({ by: 'sou', reason: null });
  });

  it('keeps a decided plan’s kontrollpunkter and its risk analysis', async () => {
    const { body } = await get<ControlPlan[]>(
      '/api/internal-control/plans?year=2021',
      'controller',
    );
    const decidedPoint = body.find((p) => p.unit === null)!.controlPoints[0]!;
    const refused = await remove(
      'controller',
      `control-points/${decidedPoint.id}`,
      decidedPoint.version,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(/beslutad/);
    // Risk 1 of 2021 became no kontrollpunkt, but the analysis is the decided plan's basis.
    const risk1 = (await get<Risk[]>('/api/internal-control/risks?year=2021', 'controller'))
      .body[0]!;
    const basis = await remove('controller', `risks/${risk1.id}`, risk1.version);
    expect(basis.statusCode).toBe(400);
    expect(basis.json<{ message: string }>().message).toMatch(/beslutad plan/);
  });

  it('removes a risk at its version; refuses one a kontrollpunkt comes from', async () => {
    const koncern = (await plans2023())[0]!;
    const inköp = (await risks2023()).find((r) => r.text === 'Inköp utanför avtal')!;
    // The first risk was removed above: the second is now number 1.
    expect(inköp.position).toBe(1);
    const linked = await send(
      'controller',
      'PATCH',
      `/api/internal-control/control-points/${koncern.controlPoints[1]!.id}`,
      {
        ...point,
        text: koncern.controlPoints[1]!.text,
        riskId: inköp.id,
        version: koncern.controlPoints[1]!.version,
      },
    );
    expect(linked.statusCode).toBe(200);
    const refused = await remove('controller', `risks/${inköp.id}`, inköp.version);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toBe(
      'Kontrollpunkt 2 i planen kommer från risken: ta bort kopplingen där först',
    );
    expect((await remove('voo', `risks/${inköp.id}`, inköp.version)).statusCode).toBe(403);

    // A unit's risk by that unit's editors, at its version.
    const created = await send('voo', 'POST', '/api/internal-control/risks', {
      ...risk,
      year: 2023,
      unit: 'VOO',
    });
    const vooRisk = created.json<Risk>();
    expect((await remove('sou', `risks/${vooRisk.id}`, vooRisk.version)).statusCode).toBe(403);
    await send('voo', 'PATCH', `/api/internal-control/risks/${vooRisk.id}`, {
      ...risk,
      konsekvens: 4,
      version: vooRisk.version,
    });
    const stale = await remove('voo', `risks/${vooRisk.id}`, vooRisk.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: Risk }>().current).toMatchObject({ konsekvens: 4, riskpoang: 8 });
    const tooLong = await remove(
      'voo',
      `risks/${vooRisk.id}`,
      vooRisk.version + 1,
      'x'.repeat(501),
    );
    expect(tooLong.statusCode).toBe(400);
    const removed = await remove('voo', `risks/${vooRisk.id}`, vooRisk.version + 1, 'Dubblett');
    expect(removed.statusCode).toBe(204);
    expect((await risks2023()).some((r) => r.id === vooRisk.id)).toBe(false);
    expect(removals('risk').map(({ key, by, reason }) => [key, by, reason])).toEqual([
      [String(koncernRisks[0]!.id), 'controller', null],
      [String(vooRisk.id), 'voo', 'Dubblett'],
    ]);
    expect(JSON.parse(removals('risk').at(-1)!.old)).toMatchObject({ konsekvens: 4, unit: 'VOO' });
  });
});

describe('files', () => {
  it('gives the risk analysis as CSV with the documents’ columns and computed riskpoäng', async () => {
    const response = await asUser(app, sessions.sou!, {
      method: 'GET',
      url: '/api/internal-control/risks.csv?year=2021',
    });
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toContain('Riskpoäng (1-16)');
    expect(lines[1]).toBe(
      'Kommunkoncernen;1;Tar arbetsgivaren ansvar för att all personal blir medveten och uppdaterad om GDPR?;;GDPR 5.2;Jan-maj ?;;3;4;12;Nej',
    );
  });

  it('gives the plans, the risk analysis and the follow-up as tagged PDF and as Word', async () => {
    const plans = (await get<ControlPlan[]>('/api/internal-control/plans?year=2021')).body;
    const risks = (await get<Risk[]>('/api/internal-control/risks?year=2021')).body;
    const texts = {
      plans: plans.flatMap((plan) => plan.controlPoints.map((point) => point.text)),
      risks: risks.map((risk) => risk.text),
    };
    for (const [name, expected] of Object.entries(texts)) {
      const pdf = await asUser(app, sessions.sou!, {
        method: 'GET',
        url: `/api/internal-control/${name}.pdf?year=2021`,
      });
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdfInfo(pdf.rawPayload)).toMatch(/Tagged:\s+yes/);
      const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
      const docx = await asUser(app, sessions.sou!, {
        method: 'GET',
        url: `/api/internal-control/${name}.docx?year=2021`,
      });
      const xml = (await documentXml(docx.rawPayload)).replace(/<[^>]+>/g, '');
      for (const row of expected) {
        // Each row's opening words, in the PDF's reading order and in Word's text.
        const start = row.replace(/\s+/g, ' ').slice(0, 30);
        expect(text, name).toContain(start);
        expect(xml, name).toContain(start.replace(/&/g, '&amp;'));
      }
    }
    const anonymous = await get('/api/internal-control/follow-ups.pdf?year=2021', null);
    expect(anonymous.status).toBe(401);
  });

  it('gives the koncern’s summary as tagged PDF and Word, its counts those of /summary', async () => {
    const summary = (await get<ControlSummary>('/api/internal-control/summary?year=2021')).body;
    expect(summary.rows.length).toBeGreaterThan(0);
    const pdf = await asUser(app, sessions.sou!, {
      method: 'GET',
      url: '/api/internal-control/summary.pdf?year=2021',
    });
    expect(pdfInfo(pdf.rawPayload)).toMatch(/Tagged:\s+yes/);
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    const docx = await asUser(app, sessions.sou!, {
      method: 'GET',
      url: '/api/internal-control/summary.docx?year=2021',
    });
    const xml = await documentXml(docx.rawPayload);
    // Word's rows: the cells of each, in order.
    const wordRows = [...xml.matchAll(/<w:tr\b.*?<\/w:tr>/gs)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((cell) => cell[0].replace(/<[^>]+>/g, '')),
    );
    for (const row of summary.rows) {
      expect(text).toContain(row.controlPoint.text.replace(/\s+/g, ' ').slice(0, 30));
      const cells = wordRows.find(
        (cells) => cells[1] === row.controlPoint.text.replace(/&/g, '&amp;'),
      );
      expect(cells, row.controlPoint.text).toEqual([
        String(row.controlPoint.position),
        row.controlPoint.text.replace(/&/g, '&amp;'),
        ...ControlAssessmentSchema.options.map((assessment) => String(row.counts[assessment])),
        String(row.missing.length),
        row.missing.join(', ') || '–',
        String(row.openActions),
      ]);
    }
  });

  it('gives the plans and the koncern’s follow-up as XLSX', async () => {
    for (const [name, rows] of [
      ['plans', 7],
      ['follow-ups', 12 * 3 + 1],
    ] as const) {
      const response = await asUser(app, sessions.sou!, {
        method: 'GET',
        url: `/api/internal-control/${name}.xlsx?year=2021`,
      });
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets[0]!.rowCount - 3, name).toBe(rows);
    }
  });
});

describe('OpenAPI', () => {
  it('documents the reads, writes and files under /api/internal-control', async () => {
    const { body } = await get<{
      paths: Record<string, Record<string, { tags: string[]; responses: object }>>;
    }>('/api/openapi.json', null);
    const documented = Object.entries(body.paths)
      .filter(([path]) => path.startsWith('/api/internal-control/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /api/internal-control/risks',
        'GET /api/internal-control/plans',
        'GET /api/internal-control/follow-ups',
        'GET /api/internal-control/summary',
        'PUT /api/internal-control/follow-ups/{controlPointId}/{unit}',
        'POST /api/internal-control/plans/{id}/decision',
        'PUT /api/internal-control/publication',
        'GET /api/internal-control/follow-ups.xlsx',
      ]),
    );
    const risks = body.paths['/api/internal-control/risks']!.get!;
    expect(risks.tags).toEqual(['intern kontroll']);
    expect(JSON.stringify(risks.responses)).toContain('riskpoang');
  });
});
