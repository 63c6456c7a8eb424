import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryCellResult, EntrySaveResult, EntryYear, MeasureHistory } from '@malbild/shared';
import { openDatabase } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { importSeed } from '../src/db/seed-import';
import { outcome } from './entry-changes';
import { SEED_DIR, SLOW_TEST_MS } from './helpers';
import { addUser, asUser, createTestContext, signIn, type TestSession } from './session-helpers';

describe('entry of outcomes and targets', () => {
  let context: Awaited<ReturnType<typeof createTestContext>>;
  let controller: TestSession;
  let editor: TestSession;

  beforeAll(async () => {
    context = await createTestContext();
    await addUser(context.db, 'kontroller', ['controller']);
    await addUser(context.db, 'redaktor', ['unit_editor'], ['SOU']);
    controller = await signIn(context.app, 'kontroller');
    editor = await signIn(context.app, 'redaktor');
  });
  afterAll(() => context.app.close());

  const save = (session: TestSession | null, year: number, changes: unknown[]) =>
    asUser(context.app, session, {
      method: 'POST',
      url: `/api/entry/${year}`,
      payload: { changes },
    });

  it('lets only controllers and admins write: 401 anonymous, 403 unit editor', async () => {
    const routes = [
      {
        method: 'POST' as const,
        url: '/api/entry/2023',
        payload: { changes: [outcome(1, 210, 0)] },
      },
      {
        method: 'PATCH' as const,
        url: '/api/measures/1/definition',
        payload: { name: 'X', version: 1 },
      },
      { method: 'GET' as const, url: '/api/entry/2023' },
    ];
    for (const route of routes) {
      expect((await asUser(context.app, null, route)).statusCode, route.url).toBe(401);
      expect((await asUser(context.app, editor, route)).statusCode, route.url).toBe(403);
    }
  });

  it('gives the year with every measure, its stored values and their versions', async () => {
    const response = await asUser(context.app, controller, {
      method: 'GET',
      url: '/api/entry/2022',
    });
    const year = response.json<EntryYear>();
    expect(year.rows).toHaveLength(17);
    expect(year.rows[3]).toMatchObject({
      measure: { number: 4, unit: '%', scaleMax: 100 },
      outcome: { value: 41, status: 'preliminary', note: 'Preliminärt', version: 1 },
      target: { value: 40, version: 1 },
    });
  });

  it('answers 400 with the refused fields for a malformed body', async () => {
    const response = await save(controller, 2023, [{ ...outcome(1, 210, 0), status: 'kanske' }]);
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'changes.0.status', message: expect.any(String) },
    ]);
  });

  it('saves valid cells and refuses invalid ones, saying why, in one answer', async () => {
    const response = await save(controller, 2023, [
      outcome(3, 140, 0),
      outcome(2, 13.75, 0),
      outcome(99, 1, 0),
      outcome(6, 301, 0),
    ]);
    const results = response.json<EntrySaveResult>().results;
    expect(results.map((r) => [r.measureNumber, r.result])).toEqual([
      [3, 'refused'],
      [2, 'refused'],
      [99, 'refused'],
      [6, 'saved'],
    ]);
    expect(results[0]?.errors).toEqual([
      { path: 'value', message: 'Värdet får inte vara högre än 100' },
    ]);
    expect(results[1]?.errors?.[0]?.message).toBe('Ange högst 1 decimal');
  });

  it('keeps every change with old and new value, who and why', async () => {
    const first = await save(controller, 2023, [outcome(9, 12500, 0, { status: 'preliminary' })]);
    expect(first.json().results[0]).toMatchObject({ result: 'saved', current: { version: 1 } });
    const second = await save(controller, 2023, [
      outcome(9, 12480, 1, { reason: 'SCB reviderade' }),
    ]);
    expect(second.json().results[0]).toMatchObject({
      result: 'saved',
      current: { value: 12480, version: 2 },
    });
    const same = await save(controller, 2023, [outcome(9, 12480, 2, { reason: 'SCB reviderade' })]);
    expect(same.json().results[0].result).toBe('unchanged');

    const history = (
      await context.app.inject({ url: '/api/measures/9/history' })
    ).json<MeasureHistory>();
    expect(
      history.changes.map((c) => [
        c.year,
        c.oldState?.value ?? null,
        c.newState.value,
        c.changedBy,
        c.reason,
      ]),
    ).toEqual([
      [2023, 12500, 12480, 'kontroller', 'SCB reviderade'],
      [2023, null, 12500, 'kontroller', null],
    ]);
  });

  it("shows the seed documents' earlier published values in the history too", async () => {
    const history = (
      await context.app.inject({ url: '/api/measures/7/history' })
    ).json<MeasureHistory>();
    expect(history.publishedValues.map((p) => [p.year, p.value])).toEqual(
      expect.arrayContaining([
        [2021, 470],
        [2022, 444],
      ]),
    );
  });

  it('refuses a write based on a stale version and gives the current value', async () => {
    await save(controller, 2023, [outcome(10, 3.1, 0)]);
    const stale = await save(controller, 2023, [outcome(10, 3.4, 0)]);
    const result = stale.json().results[0] as EntryCellResult;
    expect(result.result).toBe('conflict');
    expect(result.current).toMatchObject({ value: 3.1, version: 1, updatedBy: 'kontroller' });
  });

  it('keeps "not set" distinct from zero for targets, with the decision', async () => {
    const entryYear = async () =>
      (
        await asUser(context.app, controller, { method: 'GET', url: '/api/entry/2024' })
      ).json<EntryYear>();
    const before = await entryYear();
    expect(before.rows[0]?.target).toMatchObject({ value: null, version: 1 });
    const response = await save(controller, 2024, [
      {
        kind: 'target',
        measureNumber: 1,
        value: 218,
        note: null,
        decision: 'KF 2023-11-27 § 140',
        version: 1,
      },
      {
        kind: 'target',
        measureNumber: 2,
        value: null,
        note: 'Fastställs senare',
        decision: null,
        version: 1,
      },
      { kind: 'target', measureNumber: 3, value: 0, note: null, decision: null, version: 1 },
    ]);
    expect(response.json().results.map((r: EntryCellResult) => r.result)).toEqual([
      'saved',
      'saved',
      'saved',
    ]);
    const after = await entryYear();
    expect(after.rows[0]?.target).toMatchObject({
      value: 218,
      decision: 'KF 2023-11-27 § 140',
      version: 2,
    });
    expect(after.rows[1]?.target).toMatchObject({ value: null, note: 'Fastställs senare' });
    expect(after.rows[2]?.target?.value).toBe(0);
  });

  it('versions changes to a measure definition and refuses stale ones', async () => {
    const url = '/api/measures/10/definition';
    const stored = (await context.app.inject({ url })).json<{ version: number }>();
    const changed = await asUser(context.app, controller, {
      method: 'PATCH',
      url,
      payload: { koladaKpi: 'U07451', version: stored.version, reason: 'Kolada-id känt' },
    });
    expect(changed.json()).toMatchObject({ koladaKpi: 'U07451', version: stored.version + 1 });
    const stale = await asUser(context.app, controller, {
      method: 'PATCH',
      url,
      payload: { koladaKpi: 'N00000', version: stored.version },
    });
    expect(stale.statusCode).toBe(409);
    const history = (
      await context.app.inject({ url: '/api/measures/10/history' })
    ).json<MeasureHistory>();
    expect(history.changes[0]).toMatchObject({
      kind: 'definition',
      oldState: { koladaKpi: null },
      newState: { koladaKpi: 'U07451' },
    });
  });
});

describe('two writers at the same moment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-race-'));
  const dbPath = join(dir, 'race.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'lets exactly one win and tells the other, with nothing silently overwritten',
    async () => {
      const db = openDatabase(dbPath);
      migrate(db);
      importSeed(db, SEED_DIR);
      db.close();

      const run = promisify(execFile);
      const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
      const fixture = join(import.meta.dirname, 'fixtures/write-outcome.ts');
      const startAt = String(Date.now() + 3000);
      const outputs = await Promise.all(
        [
          ['217', 'anna'],
          ['219', 'bertil'],
        ].map(([value, user]) => run(tsx, [fixture, dbPath, startAt, value!, user!])),
      );
      const results = outputs.map((o) => JSON.parse(o.stdout) as EntryCellResult);
      expect(results.map((r) => r.result).sort()).toEqual(['conflict', 'saved']);

      const check = openDatabase(dbPath, { fileMustExist: true });
      const stored = check
        .prepare(
          'SELECT value, updated_by AS user FROM outcomes o JOIN measures m ON m.series_id = o.series_id WHERE m.number = 1 AND o.year = 2023',
        )
        .get() as { value: number; user: string };
      const winner = results.find((r) => r.result === 'saved')!;
      const loser = results.find((r) => r.result === 'conflict')!;
      expect(stored.value).toBe(
        winner.current && 'value' in winner.current ? winner.current.value : NaN,
      );
      expect(loser.current).toMatchObject({ value: stored.value, updatedBy: stored.user });
      const history = check
        .prepare("SELECT count(*) AS n FROM value_history WHERE kind = 'outcome' AND year = 2023")
        .get() as { n: number };
      expect(history.n).toBe(1);
      check.close();
    },
    SLOW_TEST_MS,
  );
});
