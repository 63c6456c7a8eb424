import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/db/connection';
import { loadMigrations, migrate } from '../src/db/migrate';
import { createSeededDatabase } from './helpers';

// The migration of the municipality profile and changing units, run on a database as it was
// before it: every value, user and history row is still there, and the new columns start empty.

const migrations = loadMigrations();
const at = migrations.findIndex((m) => m.name.endsWith('-profile-and-units.sql'));
const before = migrations.slice(0, at);

const tablesOf = (db: Db) =>
  db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all();
const columnsOf = (db: Db, table: string) =>
  db.prepare<[], string>(`SELECT name FROM pragma_table_info('${table}')`).pluck().all();
const rowsOf = (db: Db, table: string, columns: string[]) => {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).raw().all();
};

/**
 * The seeded database with a user, entered values and their history, copied into a database at
 * the schema before the migration (the columns both have).
 */
function databaseBeforeMigration(): Db {
  const source = createSeededDatabase();
  source.exec(`
    INSERT INTO users (username, display_name, password_hash) VALUES ('anna', 'Anna', 'x');
    INSERT INTO user_roles (user_id, role) VALUES (1, 'unit_editor');
    INSERT INTO user_units (user_id, unit_code) VALUES (1, 'SOU');
    UPDATE organisation SET municipality_code = '2085', version = 3;
    UPDATE outcomes SET value = 214, version = 2, updated_by = 'anna' WHERE id = 1;
    INSERT INTO value_history (kind, measure_id, year, old_state, new_state, changed_by, reason)
      VALUES ('outcome', 1, 2018, '{"value":211}', '{"value":214}', 'anna', 'rättelse');
    INSERT INTO audit_log (actor, action, subject, detail) VALUES ('anna', 'login', NULL, NULL);
  `);
  const old = openDatabase(':memory:');
  migrate(old, before);
  old.pragma('foreign_keys = OFF');
  for (const table of tablesOf(old)) {
    const columns = columnsOf(old, table);
    const insert = old.prepare(
      `INSERT OR REPLACE INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
       VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rowsOf(source, table, columns)) insert.run(row);
  }
  old.pragma('foreign_keys = ON');
  source.close();
  return old;
}

describe('the migration of the profile and units', () => {
  it('keeps every value, user and history row, and starts the new columns empty', () => {
    const db = databaseBeforeMigration();
    const snapshot = Object.fromEntries(
      tablesOf(db).map((table) => {
        const columns = columnsOf(db, table);
        return [table, { columns, rows: rowsOf(db, table, columns) }];
      }),
    );
    expect(snapshot.users!.rows).toHaveLength(1);
    expect(snapshot.value_history!.rows).toHaveLength(1);
    expect(snapshot.activities!.rows.length).toBeGreaterThan(200);

    expect(migrate(db, migrations.slice(0, at + 1))).toEqual([migrations[at]!.name]);
    for (const [table, { columns, rows }] of Object.entries(snapshot)) {
      expect(rowsOf(db, table, columns), table).toEqual(rows);
    }
    expect(db.prepare('SELECT name, licence, version FROM organisation').get()).toEqual({
      name: null,
      licence: 'CC0-1.0',
      version: 3,
    });
    expect(
      db
        .prepare(
          'SELECT count(*) AS n FROM units WHERE active_from IS NULL AND active_until IS NULL',
        )
        .get(),
    ).toEqual({ n: snapshot.units!.rows.length });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
