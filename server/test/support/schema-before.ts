import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/db/connection';
import { loadMigrations, migrate } from '../../src/db/migrate';
import { importSeed } from '../../src/db/seed-import';
import { SEED_DIR } from '../helpers';

// A migration is tested on the data a server of the day before it held. The seed import is
// today's code and writes today's tables, so the seed is imported at today's schema and its rows
// copied into a database at the older one, column by column.

export const rowsOf = (db: Db, sql: string) => db.prepare<[], unknown[]>(sql).raw().all();
/** A table's rows in one order whatever its keys (some tables have no rowid). */
export const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();

/**
 * The rows of the database at `sourcePath` (today's schema) in a database at the migration
 * before the one whose name ends with `migrationName`, as a server of that day has them: each
 * table's columns of that day, read from the column `sourceColumn` names today.
 */
function copyToSchemaBefore(
  sourcePath: string,
  migrationName: string,
  sourceColumn: (table: string, column: string) => string = (_, column) => column,
) {
  const db = openDatabase(':memory:');
  const migrations = loadMigrations();
  const at = migrations.findIndex((m) => m.name.endsWith(migrationName));
  migrate(db, migrations.slice(0, at));
  const tables = rowsOf(
    db,
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  ).map(([name]) => String(name));
  const columns = new Map(
    tables.map((table) => [
      table,
      rowsOf(db, `SELECT name FROM pragma_table_info('${table}')`).map(([c]) => String(c)),
    ]),
  );
  db.pragma('foreign_keys = OFF');
  db.exec(`ATTACH '${sourcePath}' AS source`);
  for (const table of tables) {
    const names = columns.get(table)!;
    const selected = names.map((c) => sourceColumn(table, c));
    db.exec(`INSERT OR REPLACE INTO main.${table} (${names.join(', ')})
      SELECT ${selected.join(', ')} FROM source.${table}`);
  }
  db.exec('DETACH source');
  db.pragma('foreign_keys = ON');
  const before = Object.fromEntries(
    tables.map((table) => [table, sorted(rowsOf(db, `SELECT * FROM ${table}`))]),
  );
  return { db, migrations, at, tables, columns, before };
}

/**
 * Today's seed, with what `addToday` writes to it, in a database at the schema before the
 * migration whose name ends with `migrationName` (see copyToSchemaBefore).
 */
export function seedAtSchemaBefore(
  migrationName: string,
  addToday: (db: Db) => void = () => {},
  sourceColumn?: (table: string, column: string) => string,
) {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-schema-before-'));
  try {
    const source = openDatabase(join(dir, 'source.sqlite'));
    migrate(source);
    importSeed(source, SEED_DIR);
    addToday(source);
    source.close();
    return copyToSchemaBefore(join(dir, 'source.sqlite'), migrationName, sourceColumn);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
