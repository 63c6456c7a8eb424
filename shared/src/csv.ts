import { ACTIVITY_DISPLAY_STATUS_LABELS } from './follow-up-state';
import { PLAN_COLUMNS } from './schemas/activity-plan';
import type { Activity } from './schemas/activity';
import { licenceText, type Licence } from './schemas/organisation';

export type CsvCell = string | number | null;

// Excel in Swedish locale splits on ";" and reads "14,2" as a number; the BOM makes it read UTF-8.
const SEPARATOR = ';';
const BOM = '\ufeff';

// A text that Excel would run as a formula ("=HYPERLINK(…)", "+1+1", "@SUM", "-2+3") is kept as
// text with a leading apostrophe (OWASP's advice against CSV injection). Numbers are never touched.
const FORMULA_START = /^(?:[=+@\t\r]|-(?![\d,.\s]*$))/;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  // No thousands separator: Excel would read "26 746" as text.
  const text =
    typeof cell === 'number'
      ? String(cell).replace('.', ',')
      : FORMULA_START.test(cell)
        ? `'${cell}`
        : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A cell's text as it was before toCsv kept it from running as a formula: for CSV imports. */
export function unprotectedCsvText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A header row and data rows as CSV text, ready to save as a file. Open data names its licence
 * in a last column of every row, so the terms go wherever the file (or a part of it) goes.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  licence?: Licence,
): string {
  const table = licence
    ? [[...header, 'Licens'], ...rows.map((row) => [...row, licenceText(licence)])]
    : [header, ...rows];
  const lines = table.map((row) => row.map(cellText).join(SEPARATOR));
  return BOM + lines.join('\r\n') + '\r\n';
}

const ACTIVITY_HEADER = [
  'År',
  'Resultatmått',
  'Ansvariga',
  'Enheter',
  'Verksamhet',
  'Målaktivitet',
  'Antal',
  'Enhet för antal',
  'Kommentar',
  'Status',
  'Uppföljning',
  'Uppföljd',
];

/** What an activity's row says in every file, after the columns that place it. */
const activityCells = (a: Activity): CsvCell[] => [
  a.verksamhet,
  a.text,
  // Antal stays text: "50-75" and "2,4" are written so in the plans.
  a.antal,
  a.countUnit,
  a.comment,
  ACTIVITY_DISPLAY_STATUS_LABELS[a.displayStatus],
  // The follow-up's comment and the day it speaks for: blank until the activity is followed up.
  a.followUp?.comment ?? null,
  a.followUp?.date ?? null,
];

/**
 * Activities as CSV, one row each (not per unit), so nothing is counted twice: the public
 * page's download and the open data export are the same file.
 */
export function activitiesCsv(activities: readonly Activity[], licence: Licence): string {
  const rows = activities.map((a) => [
    a.year,
    a.measureNumber,
    a.unitsRaw,
    a.units.join(', '),
    ...activityCells(a),
  ]);
  return toCsv(ACTIVITY_HEADER, rows, licence);
}

/**
 * A unit's plan with the columns of the documents' tables (PLAN_COLUMNS), one row per activity in
 * the plan's order: "8. Name of the measure", the responsible units as written, then as above.
 */
export function planRows(
  activities: readonly Activity[],
  measureName: (number: number) => string,
): CsvCell[][] {
  return activities.map((a) => [
    `${a.measureNumber}. ${measureName(a.measureNumber)}`,
    a.unitsRaw,
    ...activityCells(a),
  ]);
}

export const planCsv = (rows: readonly (readonly CsvCell[])[], licence: Licence): string =>
  toCsv(PLAN_COLUMNS, rows, licence);
