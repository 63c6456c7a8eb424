import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Fail instead of silently creating an empty database (a typo in DB_PATH). */
  fileMustExist?: boolean;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(path, { fileMustExist: options.fileMustExist ?? false });
  db.pragma('journal_mode = WAL');
  // better-sqlite3 defaults to NORMAL in WAL mode, which can lose the last commit on power loss.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}
