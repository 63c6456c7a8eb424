import { CategorySchema, type Category } from '@malbild/shared';
import { cellsOf, lines, numberedItems, paragraphsOf, section } from './text';

// Vision, målområden, verksamhetsmål and the resultatmått definitions, from the council decision
// (bilaga 1 and 3, 2020) and the newest goal document (descriptions and "Det här jobbar vi särskilt för").

export interface AreaDefinition {
  name: string;
  goals: string[];
}

export interface MeasureListing {
  goal: string;
  name: string;
  dataSource: string;
  category: Category;
}

export function parseVision(councilText: string): string {
  const line = lines(councilText).find((l) => l.startsWith('Vision:'));
  if (!line) throw new Error('Hittar inte visionen (bilaga 1)');
  return line.replace('Vision:', '').trim();
}

/**
 * The municipality whose goals these are, as the council decision names it in its background:
 * "Efter beslut i fullmäktige … har Ludvika kommun bland annat kommunövergripande verksamhetsmål".
 */
export function parseMunicipalityName(councilText: string): string {
  const match =
    /har ((?:\p{Lu}[\p{L}-]*\s)+kommun) bland annat kommunövergripande verksamhetsmål/u.exec(
      councilText,
    );
  if (!match?.[1]) throw new Error('Hittar inte kommunens namn i beslutets bakgrund');
  return match[1];
}

/** Bilaga 1: "Barn och unga  <p>En av landets bästa skolkommuner</p> <p>…</p>". */
export function parseAreas(councilText: string): AreaDefinition[] {
  const table = section(councilText, /^Bilaga 1 Vision/, /^Bilaga 2 /);
  const header = table.findIndex((l) => l.startsWith('Strategiska målområden'));
  return table
    .slice(header + 1)
    .map(cellsOf)
    .filter((cells) => cells.length >= 2 && cells[0] !== '')
    .map((cells) => ({ name: cells[0] ?? '', goals: paragraphsOf(cells[1] ?? '') }));
}

/** Bilaga 3: "Mål  Resultatmått  Källa  Kategori"; an empty Mål cell continues the goal above. */
export function parseMeasureListing(councilText: string): MeasureListing[] {
  const table = section(councilText, /^Bilaga 3 /, /^Bilaga 4 /);
  const listing: MeasureListing[] = [];
  let goal = '';
  for (const cells of table.map(cellsOf)) {
    if (cells.length < 4 || cells[0] === 'Mål') continue;
    goal = cells[0] || goal;
    listing.push({
      goal,
      name: cells[1] ?? '',
      dataSource: cells[2] ?? '',
      category: CategorySchema.parse(cells[3]),
    });
  }
  return listing;
}

export interface GoalText {
  description: string[];
  focus: string[];
}

/** Per goal: "Det här menar vi med målet" paragraphs and "Det här jobbar vi särskilt för" bullets. */
export function parseGoalTexts(goalDocument: string, goalNames: string[]): Map<string, GoalText> {
  const all = lines(goalDocument);
  const texts = new Map<string, GoalText>();
  for (const name of goalNames) {
    const start = all.findIndex(
      (line, i) => line.trim() === name && all[i + 2]?.trim() === 'Det här menar vi med målet',
    );
    if (start < 0) throw new Error(`Hittar inte beskrivningen av målet ${name}`);
    const rest = all.slice(start + 3);
    const focusAt = rest.findIndex((l) => l.trim() === 'Det här jobbar vi särskilt för');
    const description = rest
      .slice(0, focusAt)
      .map((l) => l.trim())
      .filter(Boolean);
    const focus = [];
    for (const line of rest.slice(focusAt + 1)) {
      if (line.trim() === '') continue;
      if (!line.startsWith('- ')) break;
      focus.push(line.slice(2).trim());
    }
    texts.set(name, { description, focus });
  }
  return texts;
}

/** The numbered "Det här jobbar vi särskilt för" statements, one per measure: 1 → "Grundskolelevernas …". */
export function parseStatements(goalDocument: string): Map<number, string> {
  const table = section(goalDocument, /^Det här jobbar vi särskilt för$/, /^Resultatmått$/);
  const statements = new Map<number, string>();
  for (const cells of table.map(cellsOf)) {
    for (const [number, text] of numberedItems(cells[1] ?? '')) statements.set(number, text);
  }
  return statements;
}
