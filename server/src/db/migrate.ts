import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './connection';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_FILE = /^(\d{3})-[a-z0-9-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migration files in order; their numbers must run 1, 2, 3 … without gaps. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => ({
      version: Number(MIGRATION_FILE.exec(name)?.[1]),
      name,
      sql: readFileSync(join(dir, name), 'utf8'),
    }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} should be numbered ${index + 1}`);
    }
  });
  return migrations;
}

/** Applies the migrations the database has not seen; returns the names of those applied. */
export function migrate(db: Db, migrations = loadMigrations()): string[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The database is at version ${current} but this program only knows ${migrations.length} migrations`,
    );
  }
  const pending = migrations.slice(current);
  for (const migration of pending) {
    // The schema change and the version bump commit together, so a failed migration leaves no trace.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return pending.map((migration) => migration.name);
}
