import {
  EntryChangeSchema,
  formatSwedishNumber,
  ImportRowStatusSchema,
  valueProblem,
  yearProblem,
  type Period,
  type EntryChange,
  type EntryRow,
  type FieldError,
  type ImportOutcomeState,
  type ImportRow,
  type ImportRowStatus,
  type ImportTargetState,
  type ImportValueDiff,
} from '@malbild/shared';
import { mapInTurns } from '../event-loop-turns';
import { COLUMNS } from './columns';
import type { ImportRecord } from './table-records';

// Compares what an import brings with what is stored and decides, row by row, what a commit
// would write: the same for a file and for Kolada.

/** One write the commit makes, with the row it came from. */
export interface PlannedChange {
  line: number;
  year: number;
  change: EntryChange;
}

export interface ImportPlan {
  rows: ImportRow[];
  changes: PlannedChange[];
  summary: Record<ImportRowStatus, number>;
}

export interface PlanContext {
  /** Each value's history reason: "Import: <file>". */
  reason: string;
  /** The period imported into: its years bound the rows'. */
  period: Period;
}

/** The stored rows (measure, outcome, target) of a year, as createEntryQueries().year gives them. */
export type CurrentValues = (year: number) => EntryRow[];

const outcomeState = (o: ImportOutcomeState): ImportOutcomeState => ({
  value: o.value,
  status: o.status,
  note: o.note,
  dataSource: o.dataSource,
});
const targetState = (t: ImportTargetState): ImportTargetState => ({
  value: t.value,
  note: t.note,
  decision: t.decision,
});
const NEW_OUTCOME: ImportOutcomeState = {
  value: null,
  status: 'final',
  note: null,
  dataSource: null,
};
const NEW_TARGET: ImportTargetState = { value: null, note: null, decision: null };

const FIELD_COLUMNS: Record<string, string> = {
  note: COLUMNS.note,
  dataSource: COLUMNS.dataSource,
  decision: COLUMNS.decision,
};

/**
 * Drops float noise at the measure's decimals (a spreadsheet's 0.30000000000000004 is 0.3); a
 * real extra decimal stays, for valueProblem to refuse.
 */
function withoutNoise(value: number | null, decimals: number): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Math.abs(rounded - value) * factor <= 1e-6 ? rounded : value;
}

function changeKind<T>(old: T | null, next: T): ImportValueDiff['change'] {
  if (old === null) return 'new';
  return JSON.stringify(old) === JSON.stringify(next) ? 'unchanged' : 'changed';
}

/**
 * Nothing to create: no value is stored and the row brings none, nor a note, source or decision
 * (an old template's "Slutligt" on a row without an outcome).
 */
const bringsNothing = (state: ImportOutcomeState | ImportTargetState) =>
  Object.entries(state).every(([field, value]) => field === 'status' || value === null);

function diffsOf(record: ImportRecord, row: EntryRow): ImportValueDiff[] {
  const { decimals } = row.measure;
  const diffs: ImportValueDiff[] = [];
  if (record.outcome) {
    const old = row.outcome && outcomeState(row.outcome);
    const merged = { ...(old ?? NEW_OUTCOME), ...record.outcome };
    const next = outcomeState({ ...merged, value: withoutNoise(merged.value, decimals) });
    const baseVersion = row.outcome?.version ?? 0;
    if (old || !bringsNothing(next)) {
      diffs.push({ kind: 'outcome', change: changeKind(old, next), old, new: next, baseVersion });
    }
  }
  if (record.target) {
    const old = row.target && targetState(row.target);
    const merged = { ...(old ?? NEW_TARGET), ...record.target };
    const next = targetState({ ...merged, value: withoutNoise(merged.value, decimals) });
    const baseVersion = row.target?.version ?? 0;
    if (old || !bringsNothing(next)) {
      diffs.push({ kind: 'target', change: changeKind(old, next), old, new: next, baseVersion });
    }
  }
  return diffs;
}

const WHAT_CHANGED = { outcome: 'Utfallet', target: 'Målvärdet' } as const;

/** Stored values the row would overwrite that were changed after its template was downloaded. */
function changedSinceTemplate(
  record: ImportRecord,
  row: EntryRow,
  diffs: ImportValueDiff[],
): FieldError[] {
  const { downloadedAt } = record;
  if (!downloadedAt) return [];
  return diffs.flatMap((diff) => {
    const stored = diff.kind === 'outcome' ? row.outcome : row.target;
    if (diff.change !== 'changed' || !stored) return [];
    if (Date.parse(stored.updatedAt) <= Date.parse(downloadedAt)) return [];
    const by = stored.updatedBy ? ` av ${stored.updatedBy}` : '';
    return [
      {
        path: diff.kind === 'outcome' ? COLUMNS.outcome : COLUMNS.target,
        message: `${WHAT_CHANGED[diff.kind]} ändrades ${swedishTime(stored.updatedAt)}${by}, efter att mallen hämtades ${swedishTime(downloadedAt)}. Importen skriver över det.`,
      },
    ];
  });
}

/** "2026-12-01 21:15", in Swedish time, as a controller reads it. */
function swedishTime(iso: string): string {
  return new Date(iso).toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

function entryChange(diff: ImportValueDiff, measureNumber: number, reason: string): EntryChange {
  const base = { measureNumber, version: diff.baseVersion, reason };
  return diff.kind === 'outcome'
    ? { kind: 'outcome', ...diff.new, ...base }
    : { kind: 'target', ...diff.new, ...base };
}

/** Out-of-range values and too long texts, as errors named by the file's columns. */
function valueErrors(diff: ImportValueDiff, row: EntryRow, reason: string): FieldError[] {
  const column = diff.kind === 'outcome' ? COLUMNS.outcome : COLUMNS.target;
  const problem = diff.new.value === null ? null : valueProblem(row.measure, diff.new.value);
  if (problem) return [{ path: column, message: problem }];
  const parsed = EntryChangeSchema.safeParse(entryChange(diff, row.measure.number, reason));
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: FIELD_COLUMNS[String(issue.path[0])] ?? column,
        message: issue.message,
      }));
}

/** How many of the other lines a duplicate's message names before it counts the rest. */
const LINES_NAMED = 5;

/** "rad 3, 4" or "rad 3, 4, 5, 6, 7 och 5 993 andra rader": the other lines of a group. */
function otherLines(group: readonly ImportRecord[], record: ImportRecord): string {
  // The group's first lines, one more than named: enough to name LINES_NAMED others of any row.
  const named = group
    .slice(0, LINES_NAMED + 1)
    .filter((r) => r !== record)
    .slice(0, LINES_NAMED)
    .map((r) => r.line);
  const rest = group.length - 1 - named.length;
  if (rest === 0) return `rad ${named.join(', ')}`;
  const more = `${formatSwedishNumber(rest)} ${rest === 1 ? 'annan rad' : 'andra rader'}`;
  return `rad ${named.join(', ')} och ${more}`;
}

/**
 * Rows naming the same measure and year: which one is meant cannot be known, so all are refused.
 * Linear in the rows, with messages of bounded length however often a row is repeated.
 */
function duplicateErrors(records: ImportRecord[]): Map<ImportRecord, FieldError> {
  const byKey = new Map<string, ImportRecord[]>();
  for (const record of records) {
    if (record.measureNumber === null || record.year === null) continue;
    const key = `${record.measureNumber}/${record.year}`;
    const group = byKey.get(key);
    if (group) group.push(record);
    else byKey.set(key, [record]);
  }
  const errors = new Map<ImportRecord, FieldError>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const record of group) {
      errors.set(record, {
        path: 'rad',
        message: `Resultatmått ${record.measureNumber} år ${record.year} finns också på ${otherLines(group, record)}`,
      });
    }
  }
  return errors;
}

function rowStatus(errors: FieldError[], diffs: ImportValueDiff[]): ImportRowStatus {
  if (errors.length > 0) return 'invalid';
  if (diffs.length === 0) return 'skipped';
  if (diffs.every((d) => d.change === 'unchanged')) return 'unchanged';
  return diffs.some((d) => d.change === 'changed') ? 'changed' : 'new';
}

/** A value for a year the period has no such values for (a 2030 row, a 2019 target). */
function yearErrors(diffs: ImportValueDiff[], period: Period, year: number): FieldError[] {
  const problems = new Set(diffs.map((diff) => yearProblem(period, diff.kind, year)));
  return [...problems].flatMap((message) => (message ? [{ path: COLUMNS.year, message }] : []));
}

function planRow(
  record: ImportRecord,
  current: CurrentValues,
  duplicate: FieldError | undefined,
  { reason, period }: PlanContext,
): { row: ImportRow; changes: PlannedChange[] } {
  const { line, measureNumber, year } = record;
  const errors = [...record.errors, ...(duplicate ? [duplicate] : [])];
  if (measureNumber === null && !errors.some((e) => e.path === COLUMNS.measure)) {
    errors.push({ path: COLUMNS.measure, message: 'Ange resultatmåttets nummer' });
  }
  if (year === null && !errors.some((e) => e.path === COLUMNS.year)) {
    errors.push({ path: COLUMNS.year, message: 'Ange året' });
  }
  const stored =
    measureNumber === null || year === null
      ? undefined
      : current(year).find((r) => r.measure.number === measureNumber);
  if (measureNumber !== null && year !== null && !stored) {
    errors.push({ path: COLUMNS.measure, message: `Resultatmått ${measureNumber} finns inte` });
  }
  const values = stored ? diffsOf(record, stored) : [];
  if (stored && year !== null) errors.push(...yearErrors(values, period, year));
  if (stored) errors.push(...values.flatMap((diff) => valueErrors(diff, stored, reason)));
  const status = rowStatus(errors, values);
  const notice =
    status === 'skipped' ? (record.notice ?? 'Raden har inga värden att importera.') : null;
  const changes =
    status === 'invalid' || year === null || measureNumber === null
      ? []
      : values
          .filter((diff) => diff.change !== 'unchanged')
          .map((diff) => ({ line, year, change: entryChange(diff, measureNumber, reason) }));
  const warnings = stored ? changedSinceTemplate(record, stored, values) : [];
  return { row: { line, measureNumber, year, status, errors, notice, warnings, values }, changes };
}

/**
 * The preview of an import: each row's status and diff, and the writes a commit would make.
 * Planned in turns, so that a file of 10 000 rows does not hold up other requests meanwhile.
 */
export async function planImport(
  records: ImportRecord[],
  current: CurrentValues,
  context: PlanContext,
): Promise<ImportPlan> {
  const duplicates = duplicateErrors(records);
  const planned = await mapInTurns(records, (record) =>
    planRow(record, current, duplicates.get(record), context),
  );
  const rows = planned.map((p) => p.row);
  const summary = Object.fromEntries(
    ImportRowStatusSchema.options.map((status) => [
      status,
      rows.filter((row) => row.status === status).length,
    ]),
  ) as Record<ImportRowStatus, number>;
  return { rows, changes: planned.flatMap((p) => p.changes), summary };
}
