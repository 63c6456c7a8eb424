import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { ImportMode, ImportRow, ImportSource, User } from '@malbild/shared';
import type { JsonText } from '../event-loop-turns';
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
  /** The period the preview was made for; null: made before previews named one (the current). */
  periodId: number | null;
  preview: StoredPreview;
  changes: PlannedChange[];
  committedAt: string | null;
}

interface ImportRowData extends Omit<StoredImport, 'preview' | 'changes'> {
  preview: Buffer;
  changes: Buffer;
}

/** A commit's writes, run inside the transaction that marks the import committed. */
export type CommitWrites<Result> = () => { committed: boolean; result: Result };

// zlib's callbacks run in libuv's thread pool: megabytes are (un)packed off the event loop.
const compress = promisify(gzip);
const decompress = promisify(gunzip);

/** The JSON of a column; imports saved before 010-compressed-import-previews hold it as text. */
async function jsonOf<T>(bytes: Buffer): Promise<T> {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return JSON.parse((gzipped ? await decompress(bytes) : bytes).toString('utf8')) as T;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

export function createImportQueries(db: Db) {
  const insert = db.prepare(
    `INSERT INTO imports (id, source, name, created_by, period_id, preview, changes)
     VALUES (:id, :source, :name, :createdBy, :periodId, :preview, :changes)`,
  );
  const removeStale = db.prepare<[string]>(
    'DELETE FROM imports WHERE committed_at IS NULL AND created_at < ?',
  );
  const find = db.prepare<[string, string], ImportRowData>(
    `SELECT id, source, name, created_by AS createdBy, created_at AS createdAt,
       period_id AS periodId, preview, changes, committed_at AS committedAt
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
    async create(entry: {
      id: string;
      source: ImportSource;
      name: string;
      user: User;
      periodId: number;
      /** As JSON, written in turns by the caller: a large preview is megabytes of text. */
      preview: JsonText<StoredPreview>;
      changes: JsonText<PlannedChange[]>;
    }): Promise<string> {
      const [preview, changes] = await Promise.all([
        compress(entry.preview),
        compress(entry.changes),
      ]);
      removeStale.run(hoursAgo(PREVIEW_HOURS));
      insert.run({
        id: entry.id,
        source: entry.source,
        name: entry.name,
        createdBy: entry.user.username,
        periodId: entry.periodId,
        preview,
        changes,
      });
      return find.get(entry.id, hoursAgo(PREVIEW_HOURS))!.createdAt;
    },
    /** A committed import, or a preview younger than a day. */
    async find(id: string): Promise<StoredImport | undefined> {
      const row = find.get(id, hoursAgo(PREVIEW_HOURS));
      if (!row) return undefined;
      const [preview, changes] = await Promise.all([
        jsonOf<StoredPreview>(row.preview),
        jsonOf<PlannedChange[]>(row.changes),
      ]);
      return { ...row, preview, changes };
    },
    /**
     * Runs the writes and marks the import committed, atomically; null if it already was.
     * IMMEDIATE: the writes read versions first. The entry writes nest as a savepoint.
     */
    commit: <Result>(id: string, mode: ImportMode, writes: CommitWrites<Result>) =>
      commit.immediate(id, mode, writes) as { committed: boolean; result: Result } | null,
  };
}
