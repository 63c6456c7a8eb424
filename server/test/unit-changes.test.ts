import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitHistoryEntry, UnitWithCounts } from '@malbild/shared';
import type { Db } from '../src/db/connection';
import { seed } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

// Units change over the years: a new förvaltning, a new name, one that closes, two that merge.
// The plans of the years a unit had keep it; a year it is not active in refuses it.

let app: FastifyInstance;
let db: Db;
let controller: TestSession;
let editor: TestSession;
beforeAll(async () => {
  ({ app, db } = await createTestContext());
  await addUser(db, 'controller', ['controller']);
  await addUser(db, 'editor', ['unit_editor'], ['SOU']);
  controller = await signIn(app, 'controller');
  editor = await signIn(app, 'editor');
});
afterAll(() => app.close());

const unit = async (code: string) =>
  (await app.inject({ url: '/api/units' })).json<UnitWithCounts[]>().find((u) => u.code === code)!;
const send = (method: 'POST' | 'PATCH', url: string, payload: object, session = controller) =>
  asUser(app, session, { method, url, payload });
const addActivity = (year: number, units: string[]) =>
  send('POST', '/api/activities', { year, measureNumber: 1, units, text: 'Ny aktivitet' });
const fieldMessages = (body: string) =>
  (JSON.parse(body) as { fields: { path: string; message: string }[] }).fields;

describe('adding a unit', () => {
  it('makes a unit that takes activities from its first year on', async () => {
    const created = await send('POST', '/api/units', {
      code: 'NYF',
      name: 'Nya förvaltningen',
      activeFrom: 2024,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      code: 'NYF',
      activeFrom: 2024,
      activeUntil: null,
      mergedInto: null,
      formerNames: [],
      version: 1,
    });
    const before = await addActivity(2023, ['NYF']);
    expect(before.statusCode).toBe(400);
    expect(fieldMessages(before.body)).toEqual([
      { path: 'units', message: 'Enheten NYF har inga målaktiviteter 2023' },
    ]);
    expect((await addActivity(2024, ['NYF'])).statusCode).toBe(201);
  });

  it('refuses a code that exists or is malformed, with the field', async () => {
    const taken = await send('POST', '/api/units', { code: 'SOU', name: 'Igen' });
    expect(fieldMessages(taken.body)).toEqual([{ path: 'code', message: 'Koden SOU finns redan' }]);
    const malformed = await send('POST', '/api/units', { code: 'sou och ksf', name: '' });
    expect(fieldMessages(malformed.body).map((f) => f.path)).toEqual(['code', 'name']);
  });

  it('is for controllers and administrators, not for unit editors or the public', async () => {
    const payload = { code: 'X1', name: 'X' };
    expect((await send('POST', '/api/units', payload, editor)).statusCode).toBe(403);
    expect(
      (await asUser(app, null, { method: 'POST', url: '/api/units', payload })).statusCode,
    ).toBe(401);
  });
});

describe('renaming a unit', () => {
  it('keeps each former name with the dates it was used', async () => {
    const original = await unit('KSUF');
    const first = await send('PATCH', '/api/units/KSUF', {
      name: 'Kultur- och fritidsförvaltningen',
      reason: 'Ny organisation',
      version: original.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const second = await send('PATCH', '/api/units/KSUF', {
      name: 'Kulturförvaltningen',
      version: first.json<UnitWithCounts>().version,
    });
    const renamed = second.json<UnitWithCounts>();
    expect(renamed.name).toBe('Kulturförvaltningen');
    // The day is the server's; a test run over midnight would see two days, so only the order is exact.
    expect(renamed.formerNames.map((n) => n.name)).toEqual([
      original.name,
      'Kultur- och fritidsförvaltningen',
    ]);
    expect(renamed.formerNames[0]!.from).toBeNull();
    expect(renamed.formerNames[1]!.from).toBe(renamed.formerNames[0]!.until);
    expect(renamed.formerNames[1]!.until >= today).toBe(true);
    // Its activities are the same rows, under the same code.
    expect((await unit('KSUF')).activityCounts).toEqual(original.activityCounts);
  });

  it('answers a stale version with 409 and the unit as stored', async () => {
    const stored = await unit('KSUF');
    const stale = await send('PATCH', '/api/units/KSUF', { name: 'Gammalt', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: stored.name, version: stored.version });
    expect(
      (await send('PATCH', '/api/units/FINNSINTE', { name: 'X', version: 1 })).statusCode,
    ).toBe(404);
  });
});

describe('retiring a unit', () => {
  it('keeps it for the years it has activities, and refuses a year before its last one', async () => {
    const mb = await unit('MB');
    const last = Math.max(...mb.activityCounts.map((c) => c.year));
    const tooEarly = await send('POST', '/api/units/MB/retire', {
      activeUntil: last - 1,
      version: mb.version,
    });
    expect(tooEarly.statusCode).toBe(400);
    expect(fieldMessages(tooEarly.body)[0]!.message).toMatch(`MB har målaktiviteter ${last}`);

    const retired = await send('POST', '/api/units/MB/retire', {
      activeUntil: last,
      reason: 'Nedlagd',
      version: mb.version,
    });
    expect(retired.json()).toMatchObject({ activeUntil: last });
    expect((await unit('MB')).activityCounts).toEqual(mb.activityCounts);
    expect((await addActivity(last + 1, ['MB'])).statusCode).toBe(400);
    expect((await addActivity(last, ['MB'])).statusCode).toBe(201);

    const reactivated = await send('POST', '/api/units/MB/retire', {
      activeUntil: null,
      version: retired.json<UnitWithCounts>().version,
    });
    expect(reactivated.json()).toMatchObject({ activeUntil: null });
    const history = (await app.inject({ url: '/api/units/MB/history' })).json<UnitHistoryEntry[]>();
    expect(history.map((h) => [h.action, h.reason, h.changedBy])).toEqual([
      ['reactivated', null, 'controller'],
      ['retired', 'Nedlagd', 'controller'],
    ]);
  });
});

describe('merging two units', () => {
  it('moves every activity, each with a history row, and keeps the merged unit', async () => {
    const voo = seed.activities.filter((a) => a.units.includes('VOO'));
    const shared = voo.filter((a) => a.units.includes('SOU'));
    const activityRows = db.prepare('SELECT count(*) AS n FROM activities').get();
    const merged = await send('POST', '/api/units/VOO/merge', {
      into: 'SOU',
      reason: 'KF beslutade om en gemensam förvaltning',
      version: (await unit('VOO')).version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const { unit: after, moved } = merged.json<{ unit: UnitWithCounts; moved: number[] }>();
    expect(after).toMatchObject({ code: 'VOO', mergedInto: 'SOU' });
    expect(moved).toHaveLength(voo.length);
    expect(db.prepare('SELECT count(*) AS n FROM activities').get()).toEqual(activityRows);
    expect((await unit('VOO')).activityCounts).toEqual([]);

    const unitsOf = db
      .prepare<[number], string>('SELECT unit_code FROM activity_units WHERE activity_id = ?')
      .pluck();
    for (const id of moved) {
      const units = unitsOf.all(id);
      expect(units).toContain('SOU');
      expect(units).not.toContain('VOO');
    }
    const { changes: history } = (
      await app.inject({ url: `/api/activities/${moved[0]}/history` })
    ).json<{ changes: { action: string; reason: string; oldState: { units: string[] } }[] }>();
    expect(history[0]).toMatchObject({
      action: 'changed',
      reason: 'KF beslutade om en gemensam förvaltning',
    });
    expect(history[0]!.oldState.units).toContain('VOO');
    expect(shared.length).toBeGreaterThan(0);

    const sou = (await app.inject({ url: '/api/units/SOU/history' })).json<UnitHistoryEntry[]>();
    expect(sou[0]).toMatchObject({ action: 'merged_from' });
    const refused = await addActivity(2024, ['VOO']);
    expect(fieldMessages(refused.body)[0]!.message).toBe(
      'Enheten VOO är sammanslagen med SOU: välj SOU',
    );
  });

  it('refuses to merge a unit into itself, into a merged unit, or twice', async () => {
    const ksf = await unit('KSF');
    const self = await send('POST', '/api/units/KSF/merge', { into: 'KSF', version: ksf.version });
    expect(fieldMessages(self.body)[0]!.path).toBe('into');
    const intoMerged = await send('POST', '/api/units/KSF/merge', {
      into: 'VOO',
      version: ksf.version,
    });
    expect(intoMerged.statusCode).toBe(400);
    const voo = await unit('VOO');
    const twice = await send('POST', '/api/units/VOO/merge', { into: 'KSF', version: voo.version });
    expect(fieldMessages(twice.body)[0]!.message).toBe('VOO är redan sammanslagen med SOU');
  });
});
