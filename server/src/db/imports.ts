import type { ImportMode, ImportRow, ImportSource, User } from '@malbild/shared';
import type { PlannedChange } from '../imports/plan-import';
import type { Db } from './connection';

// Import previews and the log of committed imports. A preview is kept so that its commit writes
// exactly what the user saw; uncommitted previews are dropped after a day.

const PREVIEW_HOURS = 24;

export interface StoredPreview {
  notices: string[];
  rows: ImportRow[];
}

export interface StoredImport {
  id: string;
  source: ImportSource;
  name: string;
  createdBy: string;
  createdAt: string;
  preview: StoredPreview;
  changes: PlannedChange[];
  committedAt: string | null;
}

interface ImportRowData extends Omit<StoredImport, 'preview' | 'changes'> {
  preview: string;
  changes: string;
}

/** A commit's writes, run inside the transaction that marks the import committed. */
export type CommitWrites<Result> = () => { committed: boolean; result: Result };

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

export function createImportQueries(db: Db) {
  const insert = db.prepare(
    `INSERT INTO imports (id, source, name, created_by, preview, changes)
     VALUES (:id, :source, :name, :createdBy, :preview, :changes)`,
  );
  const removeStale = db.prepare<[string]>(
    'DELETE FROM imports WHERE committed_at IS NULL AND created_at < ?',
  );
  const find = db.prepare<[string, string], ImportRowData>(
    `SELECT id, source, name, created_by AS createdBy, created_at AS createdAt, preview, changes,
       committed_at AS committedAt
     FROM imports WHERE id = ? AND (committed_at IS NOT NULL OR created_at >= ?)`,
  );
  const markCommitted = db.prepare<{ id: string; mode: ImportMode; result: string }>(
    `UPDATE imports SET committed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), mode = :mode,
       result = :result
     WHERE id = :id`,
  );

  const committedAt = db.prepare<[string], { committedAt: string | null }>(
    'SELECT committed_at AS committedAt FROM imports WHERE id = ?',
  );

  /** null when the import is already committed (checked inside, so two commits cannot race). */
  const commit = db.transaction(
    <Result>(id: string, mode: ImportMode, writes: CommitWrites<Result>) => {
      if (committedAt.get(id)?.committedAt !== null) return null;
      const outcome = writes();
      if (outcome.committed) {
        markCommitted.run({ id, mode, result: JSON.stringify(outcome.result) });
      }
      return outcome;
    },
  );

  return {
    create(entry: {
      id: string;
      source: ImportSource;
      name: string;
      user: User;
      preview: StoredPreview;
      changes: PlannedChange[];
    }) {
      removeStale.run(hoursAgo(PREVIEW_HOURS));
      insert.run({
        id: entry.id,
        source: entry.source,
        name: entry.name,
        createdBy: entry.user.username,
        preview: JSON.stringify(entry.preview),
        changes: JSON.stringify(entry.changes),
      });
      return find.get(entry.id, hoursAgo(PREVIEW_HOURS))!.createdAt;
    },
    /** A committed import, or a preview younger than a day. */
    find(id: string): StoredImport | undefined {
      const row = find.get(id, hoursAgo(PREVIEW_HOURS));
      return (
        row && {
          ...row,
          preview: JSON.parse(row.preview) as StoredImport['preview'],
          changes: JSON.parse(row.changes) as StoredImport['changes'],
        }
      );
    },
    /**
     * Runs the writes and marks the import committed, atomically; null if it already was.
     * IMMEDIATE: the writes read versions first. The entry writes nest as a savepoint.
     */
    commit: <Result>(id: string, mode: ImportMode, writes: CommitWrites<Result>) =>
      commit.immediate(id, mode, writes) as { committed: boolean; result: Result } | null,
  };
}
