import type {
  EntryCellResult,
  ImportCommitResult,
  ImportMode,
  ImportProblem,
  User,
} from '@malbild/shared';
import type { YearChanges } from '../db/entry';
import type { Repositories } from '../db/repositories';
import type { StoredImport } from '../db/imports';
import type { PlannedChange } from './plan-import';

export type CommitOutcome =
  | { result: 'committed'; body: ImportCommitResult }
  /** all-or-nothing found invalid rows or stale versions: nothing was written. */
  | { result: 'refused'; problems: ImportProblem[] }
  | { result: 'already-committed' };

const KIND_WORDS = { outcome: 'Utfallet', target: 'Målvärdet' } as const;

function invalidRowProblems(stored: StoredImport): ImportProblem[] {
  return stored.preview.rows
    .filter((row) => row.status === 'invalid')
    .map((row) => ({
      line: row.line,
      measureNumber: row.measureNumber,
      year: row.year,
      kind: 'row',
      result: 'refused',
      message: row.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
    }));
}

function byYear(changes: PlannedChange[]): { years: YearChanges[]; order: PlannedChange[] } {
  const groups = new Map<number, PlannedChange[]>();
  for (const planned of changes)
    groups.set(planned.year, [...(groups.get(planned.year) ?? []), planned]);
  const order = [...groups.values()].flat();
  const years = [...groups].map(([year, group]) => ({ year, changes: group.map((p) => p.change) }));
  return { years, order };
}

function writeProblem(planned: PlannedChange, cell: EntryCellResult): ImportProblem | null {
  const base = {
    line: planned.line,
    measureNumber: planned.change.measureNumber,
    year: planned.year,
    kind: planned.change.kind,
  };
  if (cell.result === 'conflict') {
    return {
      ...base,
      result: 'conflict',
      message: `${KIND_WORDS[planned.change.kind]} har ändrats av någon annan efter förhandsgranskningen.`,
    };
  }
  if (cell.result === 'refused') {
    return {
      ...base,
      result: 'refused',
      message: cell.errors?.map((e) => e.message).join('; ') ?? '',
    };
  }
  return null;
}

function summarise(
  id: string,
  mode: ImportMode,
  order: PlannedChange[],
  cells: EntryCellResult[],
  skippedRows: ImportProblem[],
): ImportCommitResult {
  const saved = cells.filter((cell) => cell.result === 'saved');
  return {
    previewId: id,
    mode,
    written: {
      outcomes: saved.filter((cell) => cell.kind === 'outcome').length,
      targets: saved.filter((cell) => cell.kind === 'target').length,
    },
    unchanged: cells.filter((cell) => cell.result === 'unchanged').length,
    problems: [
      ...skippedRows,
      ...order.flatMap((planned, i) => writeProblem(planned, cells[i]!) ?? []),
    ],
  };
}

/**
 * Writes the preview's planned changes in one transaction. all-or-nothing writes nothing when a
 * row is invalid or a value changed after the preview; valid-rows writes what it can and lists
 * the rest. Every value written gets history with the reason "Import: <name>".
 */
export function commitImport(
  repositories: Repositories,
  periodId: number,
  stored: StoredImport,
  mode: ImportMode,
  user: User,
): CommitOutcome {
  const invalid = invalidRowProblems(stored);
  if (mode === 'all-or-nothing' && invalid.length > 0)
    return { result: 'refused', problems: invalid };
  const { years, order } = byYear(stored.changes);
  const allOrNothing = mode === 'all-or-nothing';
  const outcome = repositories.imports.commit(stored.id, mode, () => {
    const saved = repositories.entry.saveYears(periodId, years, user, allOrNothing);
    const body = summarise(stored.id, mode, order, saved.results.flat(), invalid);
    return { committed: saved.committed, result: body };
  });
  if (!outcome) return { result: 'already-committed' };
  return outcome.committed
    ? { result: 'committed', body: outcome.result }
    : { result: 'refused', problems: outcome.result.problems };
}
