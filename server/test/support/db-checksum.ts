import { createHash } from 'node:crypto';
import type { Db } from '../../src/db/connection';

/**
 * A digest per table of every row, to prove that a request changed nothing. Columns are quoted
 * by SQLite itself, so blobs, reals and NULL are told apart exactly. Statements are prepared
 * once: the schema does not change while a test runs.
 */
export function createTableDigest(db: Db): (except?: readonly string[]) => Record<string, string> {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all()
    .map((table) => {
      const columns = db
        .prepare<[], string>(`SELECT name FROM pragma_table_info('${table}')`)
        .pluck()
        .all();
      const rows = db
        .prepare<[], string>(
          `SELECT ${columns.map((c) => `quote("${c}")`).join(" || ',' || ")} FROM "${table}"`,
        )
        .pluck();
      return { table, rows };
    });
  return (except = []) =>
    Object.fromEntries(
      tables
        .filter(({ table }) => !except.includes(table))
        .map(({ table, rows }) => {
          const hash = createHash('sha256');
          for (const row of rows.all().sort()) hash.update(row).update('\n');
          return [table, hash.digest('base64')];
        }),
    );
}

/** Rows changed on this connection since it opened: unchanged means no row was written. */
export function changeCounter(db: Db): () => number {
  const statement = db.prepare<[], number>('SELECT total_changes()').pluck();
  return () => statement.get()!;
}
