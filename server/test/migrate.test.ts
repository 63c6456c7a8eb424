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
import { rowsOf, seedAtSchemaBefore, sorted } from './support/schema-before';

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
      // Made before previews named their period (014): its commit writes to the current one.
      periodId: null,
    });
    db.prepare(
      "INSERT INTO periods (id, name, start_year, end_year, vision) VALUES (7, '2027–2030', 2027, 2030, '')",
    ).run();
    const user = { username: 'kalle' } as User;
    const json = <T>(value: T) => JSON.stringify(value) as JsonText<T>;
    await imports.create({
      id: 'new',
      source: 'file',
      name: 'ny.csv',
      user,
      periodId: 7,
      preview: json({ notices: ['Ny'], rows: [] }),
      changes: json([]),
    });
    expect(await imports.find('new')).toMatchObject({ periodId: 7, preview: { notices: ['Ny'] } });
    db.close();
  });
});

describe('the migration to periods, structure and series', () => {
  it('keeps every value, user and history row of a database at the schema before it', () => {
    // Today's data: the seed, an account, a corrected outcome with its history, an audit row.
    const { db, migrations, at, tables, columns, before } = seedAtSchemaBefore(
      '-periods-and-structure.sql',
      (source) =>
        source.exec(`
      INSERT INTO users (username, display_name, password_hash) VALUES ('anna', 'Anna', 'scrypt$x');
      INSERT INTO user_roles (user_id, role) VALUES (1, 'controller');
      UPDATE outcomes SET value = 24000, version = 2, updated_by = 'anna' WHERE series_id = 8 AND year = 2022;
      INSERT INTO value_history (kind, measure_id, year, old_state, new_state, changed_by, reason)
        VALUES ('outcome', 8, 2022, '{"value":25000}', '{"value":24000}', 'anna', 'rättelse');
      INSERT INTO audit_log (actor, action, subject) VALUES ('anna', 'sign_in', 'anna');`),
      (table, c) => (table === 'outcomes' && c === 'measure_id' ? 'series_id' : c),
    );
    expect(before.outcomes!.length).toBeGreaterThan(80);

    expect(migrate(db, migrations.slice(0, at + 1))).toEqual([migrations[at]!.name]);
    for (const table of tables) {
      // The columns each table had, the outcomes' measure now naming its series (numbered as it).
      const selected = columns
        .get(table)!
        .map((c) => (table === 'outcomes' && c === 'measure_id' ? 'series_id' : c));
      expect(sorted(rowsOf(db, `SELECT ${selected.join(', ')} FROM ${table}`)), table).toEqual(
        before[table],
      );
    }
    expect(rowsOf(db, 'SELECT count(*) FROM measures WHERE series_id = id')).toEqual([[17]]);
    expect(rowsOf(db, 'SELECT status FROM periods')).toEqual([['active']]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('the migration to follow-ups with sources and moved activities', () => {
  it('keeps every activity, follow-up and history row; new links and sources start empty', () => {
    const { db, migrations, at, tables, columns, before } = seedAtSchemaBefore(
      '-follow-up-sources.sql',
      (source) =>
        source.exec(`
      INSERT INTO activity_follow_ups (activity_id, status, comment, dated, created_by)
        VALUES (1, 'in_progress', 'Påbörjad', '2023-06-30', 'anna');
      INSERT INTO activity_history (activity_id, action, old_state, new_state, changed_by)
        VALUES (1, 'status', '{"status":"planned"}', '{"status":"in_progress"}', 'anna');`),
    );
    expect(before.activity_follow_ups!.length).toBeGreaterThan(0);

    expect(migrate(db, migrations.slice(0, at + 1))).toEqual([migrations[at]!.name]);
    for (const table of tables) {
      const kept = columns.get(table)!.join(', ');
      expect(sorted(rowsOf(db, `SELECT ${kept} FROM ${table}`)), table).toEqual(before[table]);
    }
    expect(rowsOf(db, 'SELECT count(*) FROM activities WHERE moved_from IS NOT NULL')).toEqual([
      [0],
    ]);
    expect(
      rowsOf(db, 'SELECT count(*) FROM activity_follow_ups WHERE source_id IS NOT NULL'),
    ).toEqual([[0]]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
