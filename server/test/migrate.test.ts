import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection';
import { loadMigrations, migrate, type Migration } from '../src/db/migrate';
import { createSeededDatabase } from './helpers';

const MIGRATION_FILES = readdirSync(
  fileURLToPath(new URL('../src/db/migrations', import.meta.url)),
).filter((name) => name.endsWith('.sql'));

const version = (db: Db) => db.pragma('user_version', { simple: true });

describe('migrate', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('builds the schema in an empty file, then does nothing the second time', () => {
    dir = mkdtempSync(join(tmpdir(), 'malbild-migrate-'));
    const db = openDatabase(join(dir, 'empty.sqlite'));
    expect(migrate(db)).toEqual(MIGRATION_FILES.sort());
    expect(version(db)).toBe(MIGRATION_FILES.length);
    expect(migrate(db)).toEqual([]);
    expect(version(db)).toBe(MIGRATION_FILES.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('rolls back a failing migration together with its version bump', () => {
    const db = openDatabase(':memory:');
    const broken: Migration[] = [
      ...loadMigrations(),
      {
        version: MIGRATION_FILES.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE t (x); SELECT nope;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(version(db)).toBe(MIGRATION_FILES.length);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
  });

  it('refuses a database newer than the program', () => {
    const db = openDatabase(':memory:');
    db.pragma(`user_version = ${MIGRATION_FILES.length + 1}`);
    expect(() => migrate(db)).toThrow(/only knows/);
  });
});

describe('value_history', () => {
  it('is append-only: an UPDATE or DELETE raises', () => {
    const db = createSeededDatabase();
    db.prepare(
      `INSERT INTO value_history (kind, measure_id, year, old_state, new_state, changed_by, reason)
       VALUES ('outcome', 1, 2022, '{"value":1}', '{"value":2}', 'test', 'rättelse')`,
    ).run();
    expect(() => db.prepare("UPDATE value_history SET reason = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM value_history').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM value_history').get()).toEqual({ n: 1 });
  });
});

describe('constraints', () => {
  it('refuses values outside the enums', () => {
    const db = createSeededDatabase();
    expect(() => db.prepare("UPDATE outcomes SET status = 'guessed'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE activities SET status = 'maybe'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE measures SET direction = 'sideways'").run()).toThrow(/CHECK/);
  });
});
