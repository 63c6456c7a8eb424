import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '@malbild/shared';
import { openDatabase, type Db } from '../src/db/connection';
import { createImportQueries } from '../src/db/imports';
import { loadMigrations, migrate, type Migration } from '../src/db/migrate';
import type { JsonText } from '../src/event-loop-turns';
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

describe('the migration to compressed import previews', () => {
  it('keeps an import saved before it readable, beside one saved after it', async () => {
    const db = openDatabase(':memory:');
    const migrations = loadMigrations();
    migrate(
      db,
      migrations.slice(
        0,
        migrations.findIndex((m) => m.name.endsWith('-compressed-import-previews.sql')),
      ),
    );
    const preview = { notices: ['Gammal'], rows: [] };
    db.prepare(
      `INSERT INTO imports (id, source, name, created_by, preview, changes, committed_at, mode, result)
       VALUES ('old', 'file', 'utfall.csv', 'kalle', ?, '[]', '2024-01-02T03:04:05.000Z',
         'valid-rows', '{"written":1}')`,
    ).run(JSON.stringify(preview));
    migrate(db, migrations);
    const imports = createImportQueries(db);
    expect(await imports.find('old')).toMatchObject({
      name: 'utfall.csv',
      createdBy: 'kalle',
      preview,
      changes: [],
      committedAt: '2024-01-02T03:04:05.000Z',
    });
    const user = { username: 'kalle' } as User;
    const json = <T>(value: T) => JSON.stringify(value) as JsonText<T>;
    await imports.create({
      id: 'new',
      source: 'file',
      name: 'ny.csv',
      user,
      preview: json({ notices: ['Ny'], rows: [] }),
      changes: json([]),
    });
    expect((await imports.find('new'))?.preview.notices).toEqual(['Ny']);
    db.close();
  });
});
