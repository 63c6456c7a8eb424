import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection';
import { loadMigrations, migrate } from '../src/db/migrate';
import { createSeededDatabase } from './helpers';
import { addUser } from './session-helpers';
import { createTableDigest } from './support/db-checksum';
import { rowsOf, seedAtSchemaBefore } from './support/schema-before';

const dir = mkdtempSync(join(tmpdir(), 'malbild-ic-migration-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the intern kontroll migration', () => {
  it('keeps every row of a database built at the schema before it, and adds empty tables', async () => {
    const migrations = loadMigrations();
    const index = migrations.findIndex((m) => m.name.endsWith('-internal-control.sql'));
    expect(index).toBeGreaterThan(0);

    // A database at the schema before, holding the seed, a user and some history, copied
    // table by table from a seeded one (the same migrations made both; rows a migration
    // inserted itself, such as the organisation's, are replaced).
    const source = createSeededDatabase();
    await addUser(source, 'anna', ['controller', 'unit_editor'], ['SOU']);
    source
      .prepare(
        `INSERT INTO value_history (kind, measure_id, year, old_state, new_state, changed_by, reason)
         VALUES ('outcome', 1, 2022, '{"value":1}', '{"value":2}', 'anna', 'rättelse')`,
      )
      .run();
    const path = join(dir, 'before.sqlite');
    const before = openDatabase(path);
    migrate(before, migrations.slice(0, index));
    const tables = before
      .prepare<[], string>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .pluck()
      .all();
    before.pragma('foreign_keys = OFF');
    for (const table of tables) {
      const columns = before
        .prepare<[], string>(`SELECT name FROM pragma_table_info('${table}')`)
        .pluck()
        .all();
      // The columns the table has at that schema; outcomes then named their measure, which a
      // later migration turned into its series (numbered as the seed's measures).
      const selected = columns.map((c) =>
        table === 'outcomes' && c === 'measure_id' ? 'series_id' : c,
      );
      const rows = source
        .prepare(`SELECT ${selected.map((c) => `"${c}"`).join(', ')} FROM "${table}"`)
        .raw()
        .all() as unknown[][];
      const insert = before.prepare(
        `INSERT OR REPLACE INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')})
         VALUES (${columns.map(() => '?').join(', ')})`,
      );
      before.transaction(() => rows.forEach((row) => insert.run(...row)))();
    }
    before.pragma('foreign_keys = ON');
    source.close();
    const digestBefore = createTableDigest(before)();
    expect(Object.keys(digestBefore)).not.toContain('control_plans');

    expect(migrate(before, migrations.slice(0, index + 1))).toEqual([migrations[index]!.name]);
    const after = createTableDigest(before)();
    for (const table of Object.keys(digestBefore))
      expect(after[table], table).toBe(digestBefore[table]);
    for (const table of [
      'control_risks',
      'control_plans',
      'control_points',
      'control_follow_ups',
    ]) {
      expect(before.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    before.close();
  });

  it('keeps the history of the day before when removals join it, append-only as before', () => {
    const { db, migrations, at } = seedAtSchemaBefore('-control-removals.sql', (source) =>
      source.exec(`
        INSERT INTO control_history (subject, subject_key, action, old_state, new_state, changed_by)
          VALUES ('risk', '1', 'changed', '{"konsekvens":3}', '{"konsekvens":4}', 'anna'),
                 ('year', '2021', 'published', '{"published":false}', '{"published":true}', 'admin');`),
    );
    const history = rowsOf(db, 'SELECT * FROM control_history ORDER BY id');
    expect(history).toHaveLength(2);
    const before = createTableDigest(db)();

    migrate(db, migrations.slice(0, at + 1));
    const after = createTableDigest(db)();
    for (const table of Object.keys(before)) {
      // control_history gained a column: its rows are compared below.
      if (table !== 'control_history') expect(after[table], table).toBe(before[table]);
    }
    expect(rowsOf(db, 'SELECT * FROM control_history ORDER BY id')).toEqual(
      history.map((row) => [...row, null]),
    );
    db.prepare(
      `INSERT INTO control_history (subject, subject_key, action, old_state, new_state, changed_by, reason)
       VALUES ('risk', '1', 'removed', '{}', NULL, 'anna', 'Dubblett')`,
    ).run();
    expect(() => db.exec('DELETE FROM control_history')).toThrow(/append-only/);
    expect(() => db.exec("UPDATE control_history SET reason = 'x'")).toThrow(/append-only/);
    db.close();
  });
});
