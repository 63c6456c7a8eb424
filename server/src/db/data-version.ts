import type { Db } from './connection';

/**
 * A token that changes whenever the database's contents may have changed, cheap enough to read
 * on every request. PRAGMA data_version moves when another connection commits (a second server
 * process, a script, an import run from the command line) and total_changes() counts this
 * connection's own writes, whichever route or repository made them — so no write path has to
 * remember to bump a counter. A rolled-back write may move it too; that only costs a recompute.
 */
export function createDataVersion(db: Db): () => string {
  const otherConnections = db.prepare<[], number>('PRAGMA data_version').pluck();
  const thisConnection = db.prepare<[], number>('SELECT total_changes()').pluck();
  return () => `${otherConnections.get()}.${thisConnection.get()}`;
}
