import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'malbild-build-db-'));
const dbPath = join(dir, 'nested', 'malbild.sqlite');

function buildDb(...args: string[]) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/build-db.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DB_PATH: dbPath },
    encoding: 'utf8',
  });
}

describe('npm run db:build', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the database, creating its folder and leaving no temporary file', () => {
    const result = buildDb();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('measures');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['malbild.sqlite']);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM measures').get()).toEqual({ n: 17 });
    db.close();
  });

  it('refuses to overwrite an existing database without --force', () => {
    const before = statSync(dbPath).mtimeMs;
    const result = buildDb();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--force');
    expect(statSync(dbPath).mtimeMs).toBe(before);
  });

  it('replaces it with --force', () => {
    expect(buildDb('--force').status).toBe(0);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['malbild.sqlite']);
  });

  it('builds an empty database with --empty: the schema, no municipality, period, unit or account', () => {
    const result = buildDb('--force', '--empty');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('(tom)');
    const db = new Database(dbPath, { readonly: true });
    const count = (table: string) => db.prepare(`SELECT count(*) AS n FROM ${table}`).get();
    for (const table of ['periods', 'areas', 'goals', 'measures', 'units', 'users']) {
      expect(count(table), table).toEqual({ n: 0 });
    }
    expect(db.prepare('SELECT name FROM organisation').get()).toEqual({ name: null });
    db.close();
  });
}, 30_000);
