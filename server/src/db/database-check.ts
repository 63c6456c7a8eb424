import { accessSync, constants, statSync } from 'node:fs';
import { openDatabase, type Db } from './connection';
import { loadMigrations } from './migrate';

// The server refuses to start on a database it cannot use, with a message that names the file
// and what to do; once running, health says whether the database still answers.

const RESTORE =
  'Återställ den senaste säkerhetskopian (se README, npm run db:backup) eller bygg en ny databas från dokumenten med npm run db:build -- --force.';

/** A database the server cannot start on: `message` names the file and what to do. */
export class DatabaseFault extends Error {}

function fault(path: string, problem: string, advice = RESTORE): DatabaseFault {
  return new DatabaseFault(`Databasen ${path} ${problem}. ${advice}`);
}

/** What the file system says before SQLite is asked: present, a file, not empty, writable. */
function checkFile(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw fault(path, 'finns inte', 'Bygg den med npm run db:build, eller rätta DB_PATH.');
  }
  if (stats.isDirectory()) throw fault(path, 'är en mapp, inte en fil', 'Rätta DB_PATH.');
  // SQLite would silently make an empty database of a 0-byte file.
  if (stats.size === 0) throw fault(path, 'är tom (0 byte)');
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch {
    throw fault(
      path,
      'går inte att skriva till',
      'Ge användaren som kör servern läs- och skrivrätt till filen och mappen den ligger i.',
    );
  }
}

/** Whether SQLite can read the file as a database of ours, and finds it whole. */
function checkContents(path: string, db: Db): void {
  const [check] = db.pragma('quick_check(1)', { simple: false }) as { quick_check: string }[];
  if (check?.quick_check !== 'ok') throw fault(path, `är skadad (${check?.quick_check ?? '?'})`);
  const version = db.pragma('user_version', { simple: true }) as number;
  const known = loadMigrations().length;
  if (version > known) {
    throw fault(
      path,
      `har schemaversion ${version}, men den här versionen av Målbild känner bara till ${known}`,
      'Starta den nyare versionen av Målbild, eller återställ en säkerhetskopia från den här versionen.',
    );
  }
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
    .get() as {
    n: number;
  };
  if (version === 0 && tables.n > 0) {
    throw fault(path, 'är en SQLite-databas, men inte Målbilds', 'Rätta DB_PATH.');
  }
}

/** Opens the server's database, or throws a DatabaseFault saying what is wrong with it. */
export function openCheckedDatabase(path: string): Db {
  checkFile(path);
  let db: Db | undefined;
  try {
    db = openDatabase(path, { fileMustExist: true });
    checkContents(path, db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof DatabaseFault) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw fault(path, 'är ingen SQLite-databas');
    if (code.startsWith('SQLITE_CORRUPT')) throw fault(path, 'är skadad');
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      throw fault(
        path,
        'går inte att öppna för skrivning',
        'Kontrollera behörigheterna på filen och dess mapp.',
      );
    }
    throw fault(path, `kan inte öppnas (${(error as Error).message})`);
  }
}

export type DatabaseState = { ok: true } | { ok: false; problem: string };

/** Whether the database answers a read now: for the health check. */
export function createDatabaseState(db: Db): () => DatabaseState {
  const read = db.prepare('SELECT count(*) FROM sqlite_schema');
  return () => {
    try {
      read.get();
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: (error as Error).message };
    }
  };
}
