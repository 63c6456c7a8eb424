import { parseAntal } from '@malbild/shared';
import { cellsOf, lines, plainText } from './text';

// "Koncernens samtliga målaktiviteter YYYY": a section per resultatmått ("1. Grundskoleelevernas …",
// then "Mål *…*"), each with a table: nr, Förvaltning/bolag, Verksamhet, Aktivitet, Antal, Enhet,
// Övrigt/kommentar. Long sections continue on a second page with the same heading.

export interface ActivityRow {
  measureNumber: number;
  position: number;
  unitsRaw: string;
  verksamhet: string | null;
  text: string;
  antal: string | null;
  antalMin: number | null;
  antalMax: number | null;
  countUnit: string | null;
  comment: string | null;
}

export interface UnitRow {
  code: string;
  name: string;
}

/** The lines of the document's "Koncernens samtliga målaktiviteter" part for that year. */
export function activitiesPart(text: string, year: number): string[] {
  const all = lines(text);
  const heading = new RegExp(
    `Koncernens samtliga\\s*$|Koncernens samtliga målaktiviteter ${year}\\**$`,
  );
  const starts = all
    .map((line, i) => (heading.test(line.replace(/\*/g, '')) ? i : -1))
    .filter((i) => i >= 0 && /målaktiviteter/.test(all.slice(i, i + 2).join(' ')));
  const start = starts.at(-1);
  if (start === undefined)
    throw new Error(`Hittar inte "Koncernens samtliga målaktiviteter ${year}"`);
  const end = all.findIndex((line, i) => i > start && line.trim() === 'Kontakt:');
  return all.slice(start, end < 0 ? undefined : end);
}

const SECTION_HEADING = /^(\d{1,2})\.\s+\S/;

export function parseActivities(part: string[]): ActivityRow[] {
  const rows: ActivityRow[] = [];
  let measureNumber: number | null = null;
  part.forEach((line, i) => {
    const heading = SECTION_HEADING.exec(line);
    if (heading && nextNonEmpty(part, i)?.startsWith('Mål ')) {
      measureNumber = Number(heading[1]);
      return;
    }
    const cells = cellsOf(line);
    if (measureNumber === null || !/^\d+$/.test(cells[0] ?? '')) return;
    const row = activityRow(measureNumber, cells);
    if (row) rows.push(row);
  });
  return rows;
}

function nextNonEmpty(part: string[], index: number): string | undefined {
  return part
    .slice(index + 1)
    .find((line) => line.trim() !== '' && !/^\d\s?\(\d\)$/.test(line.trim()));
}

/** Placeholder rows without an activity text are not activities. */
function activityRow(measureNumber: number, cells: string[]): ActivityRow | null {
  const [position, unitsRaw, verksamhet, text, antal, countUnit, comment] = cells;
  const activity = plainText(text ?? '');
  if (activity === '') return null;
  const bounds = parseAntal(orNull(antal));
  return {
    measureNumber,
    position: Number(position),
    unitsRaw: unitsRaw ?? '',
    verksamhet: orNull(verksamhet),
    text: activity,
    antal: orNull(antal),
    antalMin: bounds?.min ?? null,
    antalMax: bounds?.max ?? null,
    countUnit: orNull(countUnit),
    comment: orNull(plainText(comment ?? '')),
  };
}

function orNull(cell: string | undefined): string | null {
  const trimmed = cell?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The "per koncernenhet" table: "1  Kommunstyrelsens förvaltning  KSF  36". Its counts are not used. */
export function parseUnitTable(part: string[]): UnitRow[] {
  const header = part.findIndex((line) => cellsOf(line)[1] === 'Koncernenhet');
  if (header < 0) throw new Error('Hittar inte tabellen per koncernenhet');
  const units: UnitRow[] = [];
  for (const line of part.slice(header + 1)) {
    const cells = cellsOf(line);
    if (cells[0]?.startsWith('Sammanlagt') || cells[1]?.startsWith('Sammanlagt')) break;
    if (!/^\d+$/.test(cells[0] ?? '')) continue;
    units.push(...splitJointUnit(cells[1] ?? '', cells[2] ?? ''));
  }
  return units;
}

/** "Ludvika Kommunfastigheter/LudvikaHem" with "LKF/LH" are two units that share a table row. */
function splitJointUnit(name: string, code: string): UnitRow[] {
  const names = name.split('/');
  const codes = code.split('/');
  if (codes.length > 1 && names.length === codes.length) {
    return codes.map((c, i) => ({ code: c.trim(), name: (names[i] ?? '').trim() }));
  }
  return [{ code: code.trim(), name: name.trim() }];
}
