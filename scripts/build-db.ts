// Builds the database (DB_PATH, default var/malbild.sqlite) from data/seed, or with --empty a
// database with the schema alone: no municipality, period, unit or account (the first run in
// the browser sets them up, /kom-igang, decision 014).
// Usage: npm run db:build [-- --force] [-- --seed DIR | --empty]
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/src/db/connection';
import { migrate } from '../server/src/db/migrate';
import { importSeed, type RowCounts } from '../server/src/db/seed-import';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', ...SQLITE_COMPANIONS]) rmSync(path + suffix, { force: true });
}

/** Builds into a temporary file so that a half-built database never sits at the real path. */
function buildInto(tempPath: string, seedDir: string | null): RowCounts | null {
  removeDatabaseFiles(tempPath);
  const db = openDatabase(tempPath);
  try {
    migrate(db);
    return seedDir === null ? null : importSeed(db, seedDir);
  } finally {
    db.close();
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      force: { type: 'boolean', default: false },
      seed: { type: 'string', default: resolve(REPO_ROOT, 'data/seed') },
      empty: { type: 'boolean', default: false },
    },
  });
  const dbPath = resolve(process.env.DB_PATH ?? resolve(REPO_ROOT, 'var/malbild.sqlite'));
  if (existsSync(dbPath) && !values.force) {
    throw new Error(
      `${dbPath} finns redan. Kör "npm run db:build -- --force" för att ersätta den.`,
    );
  }
  const started = performance.now();
  mkdirSync(dirname(dbPath), { recursive: true });
  const tempPath = `${dbPath}.building-${process.pid}`;
  let counts: RowCounts | null;
  try {
    counts = buildInto(tempPath, values.empty ? null : resolve(values.seed));
  } catch (error) {
    removeDatabaseFiles(tempPath);
    throw error;
  }
  // A WAL or journal left by the old database would be replayed into the new one.
  for (const suffix of SQLITE_COMPANIONS) rmSync(dbPath + suffix, { force: true });
  renameSync(tempPath, dbPath);

  console.log(`Databasen byggd${counts ? '' : ' (tom)'}: ${dbPath}`);
  if (counts) console.table(counts);
  console.log(`Tid: ${Math.round(performance.now() - started)} ms`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
