import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../server/src/db/connection';

// A step copies this many pages at most; more than any database holds, so one step copies all.
const ALL_PAGES = 0x7fffffff;

/**
 * An online backup of the database at `dbPath` into `backupDir`, named by the time it was made;
 * returns the file's path. The server may go on writing meanwhile.
 */
export async function backupDatabase(dbPath: string, backupDir: string): Promise<string> {
  mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(backupDir, `malbild-${stamp}.sqlite`);
  const source = openDatabase(dbPath, { fileMustExist: true });
  try {
    // One step copies every page within one read transaction, so the copy is one committed state.
    // In small steps, each commit of another connection would restart the copy, perhaps forever.
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const copy = new Database(target, { fileMustExist: true });
  try {
    // A backup is one self-contained file: no -wal beside it to lose when it is moved.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new Error(`The backup ${target} fails its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return target;
}
