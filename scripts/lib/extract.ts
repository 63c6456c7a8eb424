import {
  type Direction,
  type PublishedValue,
  type SeedActivity,
  type SeedInternalControl,
  type SeedMeasure,
  type SeedOrganisation,
  type SeedPeriod,
  type SeedUnit,
  type SourceDocument,
  type Outcome,
  type OutcomeStatus,
} from '@malbild/shared';
import { activitiesPart, parseActivities, parseUnitTable } from './activities';
import { addFollowUps } from './activity-follow-ups';
import {
  parseAreas,
  parseGoalTexts,
  parseMeasureListing,
  parseMunicipalityName,
  parseStatements,
  parseVision,
} from './goals';
import { extractInternalControl } from './internal-control';
import { parseOutcomeTable, type TableCell, type TableRow } from './outcome-table';
import { DOCUMENTS, readDocument } from './sources';
import { cellsOf, lines, section } from './text';
import { unitCodesOf } from './unit-codes';

export interface Seed {
  period: SeedPeriod;
  measures: SeedMeasure[];
  activities: SeedActivity[];
  units: SeedUnit[];
  organisation: SeedOrganisation;
  /** Intern kontroll: the risk analyses and plans with their kontrollpunkter. */
  internalControl: SeedInternalControl;
  /** Places where a document contradicts itself, and what the extraction did. */
  warnings: string[];
}

const PERIOD = { name: '2021–2025', startYear: 2021, endYear: 2025 };
const ACTIVITY_DOCUMENTS = [
  { year: 2023, ...DOCUMENTS.activities2023 },
  { year: 2024, ...DOCUMENTS.activities2024 },
];

export function extractSeed(): Seed {
  const council = readDocument(DOCUMENTS.councilDecision2020.file);
  const goalDocument = readDocument(DOCUMENTS.goals2022.file);
  const warnings: string[] = [];

  const areas = parseAreas(council);
  const goalTexts = parseGoalTexts(
    goalDocument,
    areas.flatMap((a) => a.goals),
  );
  const period: SeedPeriod = {
    ...PERIOD,
    vision: parseVision(council),
    source: DOCUMENTS.councilDecision2020.source,
    areas: areas.map((area) => ({
      name: area.name,
      goals: area.goals.map((name) => ({ name, ...goalTexts.get(name)! })),
    })),
  };

  const current = outcomeTable(goalDocument, /^Resultatmått\. Utfall och målvärden/, warnings);
  const republished = outcomeTable(
    readDocument(DOCUMENTS.goals2023.file),
    /^Resultatmått\. Utfall och målvärden/,
    warnings,
  );
  assertSameTable(current, republished);
  const earlier = outcomeTable(council, /^Bilaga 4 /, warnings, /^Bilaga 5 /);
  const measures = buildMeasures(council, goalDocument, current, earlier);
  addIfoFigures(measures);

  const units = parseUnitTable(activitiesPart(readDocument(DOCUMENTS.activities2024.file), 2024));
  const activities = ACTIVITY_DOCUMENTS.flatMap((doc) => extractActivities(doc, units));
  addFollowUps(activities);
  const organisation = { name: parseMunicipalityName(council) };
  return {
    period,
    measures,
    activities,
    units,
    organisation,
    internalControl: extractInternalControl(),
    warnings,
  };
}

function outcomeTable(
  text: string,
  start: RegExp,
  warnings: string[],
  end: RegExp = /plan för målaktiviteter/,
): TableRow[] {
  const parsed = parseOutcomeTable(section(text, start, end));
  warnings.push(...parsed.warnings);
  if (parsed.rows.length !== 17)
    throw new Error(`Väntade 17 resultatmått, fann ${parsed.rows.length}`);
  return parsed.rows;
}

function assertSameTable(a: TableRow[], b: TableRow[]): void {
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(
      'Tabellen daterad 13 september 2023 skiljer sig från den daterad 14 december 2022',
    );
  }
}

function buildMeasures(
  council: string,
  goalDocument: string,
  current: TableRow[],
  earlier: TableRow[],
): SeedMeasure[] {
  const listing = parseMeasureListing(council);
  const statements = parseStatements(goalDocument);
  return current.map((row, index) => {
    const number = index + 1;
    const listed = listing[index];
    const statement = statements.get(number);
    if (!listed || !statement)
      throw new Error(`Resultatmått ${number} saknas i bilaga 3 eller målbeskrivningen`);
    const earlierRow = earlier[index]!;
    return {
      number,
      goal: row.goal,
      name: listed.name,
      statement,
      dataSource: listed.dataSource,
      category: listed.category,
      ...unitAndScale(listed.name),
      direction: directionOf(statement),
      decimals: Math.max(row.decimals, earlierRow.decimals),
      koladaKpi: null,
      outcomes: row.outcomes.map(toOutcome),
      targets: row.targets.map(({ year, value, note }) => ({ year, value, note })),
      source: DOCUMENTS.goals2022.source,
      publishedValues: revisedValues(row, earlierRow, DOCUMENTS.councilDecision2020.source),
    };
  });
}

/** A footnote saying the value is preliminary, or refers to part of the year, sets its status. */
function toOutcome({ year, value, note }: TableCell): Outcome {
  return { year, value, note, status: statusOf(note) };
}

function statusOf(note: string | null): OutcomeStatus {
  if (note === null) return 'final';
  if (/^preliminärt/i.test(note)) return 'preliminary';
  if (/^avser /i.test(note)) return 'partial';
  return 'final';
}

/** Earlier published figures that differ from the current ones are kept as that value's history. */
function revisedValues(
  current: TableRow,
  earlier: TableRow,
  source: SourceDocument,
): PublishedValue[] {
  const differing = (kind: 'outcome' | 'target', now: TableCell[], then: TableCell[]) =>
    then
      .filter(
        (old) => old.value !== null && now.find((c) => c.year === old.year)?.value !== old.value,
      )
      .map((old) => ({ kind, year: old.year, value: old.value, note: old.note, source }));
  return [
    ...differing('outcome', current.outcomes, earlier.outcomes),
    ...differing('target', current.targets, earlier.targets),
  ];
}

/** Unit and scale follow from how the council named the measure. */
function unitAndScale(name: string): {
  unit: string;
  scaleMin: number | null;
  scaleMax: number | null;
} {
  const max = /\(max\s*=\s*(\d+)\)/.exec(name)?.[1];
  if (/meritvärde/i.test(name)) return { unit: 'meritvärde', scaleMin: 0, scaleMax: Number(max) };
  if (/betygspoäng/i.test(name)) return { unit: 'betygspoäng', scaleMin: 0, scaleMax: Number(max) };
  if (/^Andel /.test(name)) return { unit: '%', scaleMin: 0, scaleMax: 100 };
  if (/kilo\/person/.test(name)) return { unit: 'kg/person', scaleMin: 0, scaleMax: null };
  if (/gram\/portion/.test(name)) return { unit: 'g/portion', scaleMin: 0, scaleMax: null };
  if (/kWh\/kvadratmeter/.test(name)) return { unit: 'kWh/m²', scaleMin: 0, scaleMax: null };
  // Svenskt Näringslivs enkät asks for a grade from 1 (dåligt) to 6 (utmärkt).
  if (/omdöme/.test(name)) return { unit: 'betyg 1–6', scaleMin: 1, scaleMax: 6 };
  if (/^Antal /.test(name)) return { unit: 'antal', scaleMin: 0, scaleMax: null };
  throw new Error(`Vet inte enheten för resultatmåttet "${name}"`);
}

/** "Färre barn …", "… ska minska": lower is better; every other statement asks for more. */
function directionOf(statement: string): Direction {
  return /\bminska\b|^Färre\b/i.test(statement) ? 'down' : 'up';
}

/**
 * The IFO annual report 2023 publishes its own figures for measure 7 ("Antal barn i familjer med
 * ekonomiskt bistånd"); those that differ from the council table are kept as published values.
 */
function addIfoFigures(measures: SeedMeasure[]): void {
  const { file, source } = DOCUMENTS.ifoAnnualReport2023;
  const all = lines(readDocument(file));
  const header = all.findIndex((l) => /^\tUtfall 2019\tUtall 2020\tUtfall 2021/.test(l));
  const row = all[header + 1];
  if (header < 0 || !row) throw new Error('Hittar inte IFO:s tabell över resultatmått 7');
  const columns = cellsOf(all[header]!).slice(1);
  const values = cellsOf(row).slice(1);
  const measure = measures.find((m) => m.number === 7)!;
  columns.forEach((column, i) => {
    const [, word, year] = /^(Utfall|Utall|Målvärde) (\d{4})$/.exec(column) ?? [];
    const value = Number(values[i]?.replace(/\s/g, ''));
    const kind = word === 'Målvärde' ? 'target' : 'outcome';
    const current = (kind === 'target' ? measure.targets : measure.outcomes).find(
      (v) => v.year === Number(year),
    );
    if (current?.value !== value) {
      measure.publishedValues.push({ kind, year: Number(year), value, note: null, source });
    }
  });
}

function extractActivities(
  doc: (typeof ACTIVITY_DOCUMENTS)[number],
  units: SeedUnit[],
): SeedActivity[] {
  const codes = units.map((u) => u.code);
  const rows = parseActivities(activitiesPart(readDocument(doc.file), doc.year));
  return rows.map((row) => ({
    year: doc.year,
    ...row,
    units: unitCodesOf(row.unitsRaw, codes),
    source: doc.source,
    followUp: null,
    movedFrom: null,
  }));
}
