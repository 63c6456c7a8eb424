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
import { ImportRefusedError } from './import-error';
import type { PlannedChange } from './plan-import';

const NOTHING_SAVED =
  'Inget sparades: importen har rader med fel eller värden som ändrats efter förhandsgranskningen. Rätta filen, gör en ny förhandsgranskning eller välj "bara giltiga rader".';

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
 * row is invalid or a value changed after the preview (ImportRefusedError, a 409); valid-rows
 * writes what it can and lists the rest. Every value written gets history with the reason
 * "Import: <name>". A preview is saved once: again is an ImportRefusedError too.
 */
export function commitImport(
  repositories: Repositories,
  periodId: number,
  stored: StoredImport,
  mode: ImportMode,
  user: User,
): ImportCommitResult {
  const invalid = invalidRowProblems(stored);
  if (mode === 'all-or-nothing' && invalid.length > 0) {
    throw new ImportRefusedError(NOTHING_SAVED, invalid);
  }
  const { years, order } = byYear(stored.changes);
  const allOrNothing = mode === 'all-or-nothing';
  const outcome = repositories.imports.commit(stored.id, mode, () => {
    const saved = repositories.entry.saveYears(periodId, years, user, allOrNothing);
    const body = summarise(stored.id, mode, order, saved.results.flat(), invalid);
    return { committed: saved.committed, result: body };
  });
  if (!outcome) throw new ImportRefusedError('Importen är redan sparad.', []);
  if (!outcome.committed) throw new ImportRefusedError(NOTHING_SAVED, outcome.result.problems);
  return outcome.result;
}
