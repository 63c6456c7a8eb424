import Database from 'better-sqlite3';

// Interfaces of our own, not aliases: tsc -b writes declaration files, and those cannot name the
// types that better-sqlite3 declares in a namespace it does not export.
type TransactionFunction = Parameters<Database.Database['transaction']>[0];
export interface Db extends Database.Database {
  transaction<F extends TransactionFunction>(fn: F): Transaction<F>;
}
export interface Transaction<F extends TransactionFunction> extends Database.Transaction<F> {}

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
