import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureDetail, MeasureHistory } from '@malbild/shared';
import { buildApp } from '../src/app';
import { openDatabase, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { importSeed } from '../src/db/seed-import';
import { bundleFixture } from './fixtures/bundle';
import { SEED_DIR, SLOW_TEST_MS } from './helpers';

const REPO_ROOT = join(import.meta.dirname, '../..');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

/** A writer process whose output lines the test can wait for. */
function startWriter(fixture: string, args: string[]) {
  const child = spawn(process.execPath, [fixture, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.test(line))) waiter.resolve(line);
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    stderr: () => stderr,
    /** Resolves on the first line that passes `test`; rejects if the writer ends first. */
    waitForLine: (test: (line: string) => boolean) =>
      new Promise<string>((resolve, reject) => {
        const seen = lines.find(test);
        if (seen !== undefined) {
          resolve(seen);
          return;
        }
        waiters.push({ test, resolve });
        void exited.then(() => reject(new Error(`writer ended: ${lines.join(' | ')} ${stderr}`)));
      }),
  };
}

const count = (db: Db, sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;

function integrity(db: Db): { check: unknown; foreignKeys: unknown[] } {
  return {
    check: db.pragma('integrity_check', { simple: true }),
    foreignKeys: db.pragma('foreign_key_check') as unknown[],
  };
}

describe('database settings', () => {
  it('uses WAL, synchronous FULL, a busy timeout and foreign keys on every connection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'malbild-settings-'));
    const db = openDatabase(join(dir, 'settings.sqlite'));
    expect({
      journalMode: db.pragma('journal_mode', { simple: true }),
      // 2 = FULL: a commit survives power loss, not only a crash of the process.
      synchronous: db.pragma('synchronous', { simple: true }),
      busyTimeout: db.pragma('busy_timeout', { simple: true }),
      foreignKeys: db.pragma('foreign_keys', { simple: true }),
    }).toEqual({ journalMode: 'wal', synchronous: 2, busyTimeout: 5000, foreignKeys: 1 });
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('with real writer processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-resilience-'));
  let fixture: string;
  let databases = 0;
  const writers: ReturnType<typeof startWriter>[] = [];

  beforeAll(async () => {
    fixture = await bundleFixture(join(import.meta.dirname, 'fixtures/resilience-writer.ts'));
  }, SLOW_TEST_MS);
  afterAll(() => {
    for (const writer of writers) if (writer.child.exitCode === null) writer.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  function seededFile(): string {
    databases += 1;
    const path = join(dir, `db-${databases}.sqlite`);
    const db = openDatabase(path);
    migrate(db);
    importSeed(db, SEED_DIR);
    db.close();
    return path;
  }
  const writer = (args: string[]) => {
    const started = startWriter(fixture, args);
    writers.push(started);
    return started;
  };

  it(
    'backs up a consistent state while another process writes, and the backup restores',
    async () => {
      const dbPath = seededFile();
      const stopFile = join(dir, 'stop');
      const steady = writer(['steady', dbPath, stopFile]);
      await steady.waitForLine((line) => line === 'started');

      const { stdout } = await promisify(execFile)(
        TSX,
        ['scripts/db-backup.ts', '--dir', join(dir, 'backups')],
        { cwd: REPO_ROOT, env: { ...process.env, DB_PATH: dbPath } },
      );
      writeFileSync(stopFile, '');
      const written = Number(
        (await steady.waitForLine((l) => l.startsWith('wrote'))).split(' ')[1],
      );
      expect(await steady.exited).toBe(0);
      const backupPath = /Säkerhetskopia: (.+\.sqlite)/.exec(stdout)?.[1];
      expect(backupPath).toMatch(/malbild-\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);

      const backup = openDatabase(backupPath!, { fileMustExist: true });
      expect(integrity(backup)).toEqual({ check: 'ok', foreignKeys: [] });
      const stored = backup
        .prepare<[], { value: number; version: number }>(
          `SELECT o.value, o.version FROM outcomes o JOIN measures m ON m.series_id = o.series_id
         WHERE m.number = 9 AND o.year = 2024`,
        )
        .get();
      const history = backup
        .prepare<[], { oldState: string | null; newState: string }>(
          `SELECT old_state AS oldState, new_state AS newState FROM value_history
         WHERE kind = 'outcome' AND year = 2024 ORDER BY id`,
        )
        .all()
        .map((row) => [
          row.oldState && JSON.parse(row.oldState).value,
          JSON.parse(row.newState).value,
        ]);
      backup.close();
      // A prefix of the writer's commits, with the value and its whole history agreeing: write k
      // is there with k − 1 before it, and nothing half-written.
      const k = stored!.value;
      expect(k).toBeGreaterThanOrEqual(1);
      expect(written).toBeGreaterThan(k);
      expect(stored!.version).toBe(k);
      expect(history).toEqual(Array.from({ length: k }, (_, i) => [i === 0 ? null : i, i + 1]));

      // Restore: the server runs on a copy of the backup and shows that state.
      const restoredPath = join(dir, 'restored.sqlite');
      copyFileSync(backupPath!, restoredPath);
      const restored = openDatabase(restoredPath, { fileMustExist: true });
      expect(migrate(restored)).toEqual([]);
      const app = await buildApp({ db: restored });
      const measure = (await app.inject({ url: '/api/measures/9' })).json<MeasureDetail>();
      expect(measure.outcomes.find((o) => o.year === 2024)?.value).toBe(k);
      const changes = (await app.inject({ url: '/api/measures/9/history' })).json<MeasureHistory>();
      expect(changes.changes).toHaveLength(k);
      await app.close();
      restored.close();
    },
    SLOW_TEST_MS,
  );

  describe('a process killed with SIGKILL during one large write', () => {
    const YEARS = 100;
    // Every measure's outcome and target for each year, and a history row for each.
    const ROWS = YEARS * 17 * 2 * 2;
    const writtenRows = (db: Db) =>
      count(db, 'SELECT count(*) FROM outcomes WHERE year < 2000') +
      count(db, 'SELECT count(*) FROM targets WHERE year < 2000') +
      count(db, 'SELECT count(*) FROM value_history WHERE year < 2000');

    async function run(pause: 'half' | 'commit' | 'none', killOn: 'half' | 'commit' | null) {
      const dbPath = seededFile();
      const large = writer(['large', dbPath, String(YEARS), pause]);
      if (killOn) {
        await large.waitForLine((line) => line === killOn);
        large.child.kill('SIGKILL');
      }
      await large.exited;
      const db = openDatabase(dbPath, { fileMustExist: true });
      const result = { ...integrity(db), rows: writtenRows(db), lines: large.lines };
      db.close();
      return result;
    }

    it(
      'keeps none of it when killed just before the commit',
      async () => {
        expect(await run('commit', 'commit')).toEqual({
          check: 'ok',
          foreignKeys: [],
          rows: 0,
          lines: ['half', 'commit'],
        });
      },
      SLOW_TEST_MS,
    );

    it(
      'keeps none of it when killed half-way',
      async () => {
        expect(await run('half', 'half')).toMatchObject({ check: 'ok', foreignKeys: [], rows: 0 });
      },
      SLOW_TEST_MS,
    );

    it(
      'keeps all or none of it when killed while it is still writing',
      async () => {
        const result = await run('none', 'half');
        expect(result).toMatchObject({ check: 'ok', foreignKeys: [] });
        expect(result.lines.includes('committed') ? ROWS : 0).toBe(result.rows);
      },
      SLOW_TEST_MS,
    );

    it(
      'keeps all of it when it is not killed',
      async () => {
        expect(await run('none', null)).toMatchObject({ check: 'ok', rows: ROWS });
      },
      SLOW_TEST_MS,
    );
  });

  it(
    'lets 50 writers, each with its own connection, update the same value at once without losing an update',
    async () => {
      const WRITERS = 50;
      const ATTEMPTS = 3;
      const dbPath = seededFile();
      const racing = writer(['race', dbPath, String(WRITERS), String(ATTEMPTS)]);
      expect(await racing.exited, racing.stderr()).toBe(0);

      const outcomes = JSON.parse(racing.lines.at(-1)!) as {
        value: number;
        basedOn: number;
        result: string;
      }[];
      expect(outcomes).toHaveLength(WRITERS * ATTEMPTS);
      // Committed or refused as a conflict: never an error such as SQLITE_BUSY.
      const saved = outcomes.filter((o) => o.result === 'saved');
      const refused = outcomes.filter((o) => o.result === 'conflict');
      expect(saved.length + refused.length, JSON.stringify(outcomes)).toBe(outcomes.length);
      expect(saved.length).toBeGreaterThan(0);

      const db = openDatabase(dbPath, { fileMustExist: true });
      const history = db
        .prepare<[], { oldState: string | null; newState: string }>(
          `SELECT old_state AS oldState, new_state AS newState FROM value_history h
         JOIN measures m ON m.id = h.measure_id
         WHERE m.number = 8 AND h.kind = 'outcome' AND h.year = 2023 ORDER BY h.id`,
        )
        .all()
        .map((row) => ({
          old: row.oldState === null ? null : (JSON.parse(row.oldState).value as number),
          new: JSON.parse(row.newState).value as number,
        }));
      const final = db
        .prepare<[], { value: number; version: number }>(
          `SELECT o.value, o.version FROM outcomes o JOIN measures m ON m.series_id = o.series_id
         WHERE m.number = 8 AND o.year = 2023`,
        )
        .get();
      db.close();

      // Every committed write has its history row, and no history row lacks a committed write.
      expect(history.map((h) => h.new).sort()).toEqual(saved.map((s) => s.value).sort());
      // Each write replaced exactly the value before it: none was based on a value that another
      // write had already replaced, so none was lost.
      history.forEach((h, i) => expect(h.old).toBe(i === 0 ? null : history[i - 1]!.new));
      expect(saved.map((s) => s.basedOn).sort((a, b) => a - b)).toEqual(saved.map((_, i) => i));
      expect(final).toEqual({ value: history.at(-1)!.new, version: saved.length });
    },
    SLOW_TEST_MS,
  );
});
