// Helpers for the documents' text form: tables are tab-separated lines, footnote markers are
// superscript digits followed by "⁾" ("41% ¹⁾").

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER = /\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾\s*$/;

export function cellsOf(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim());
}

export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** The text from the line containing `start` up to (not including) the first line after it containing `end`. */
export function section(text: string, start: string | RegExp, end: string | RegExp): string[] {
  const all = lines(text);
  const from = all.findIndex((line) => matches(line, start));
  if (from < 0) throw new Error(`Hittar inte början: ${String(start)}`);
  const length = all.slice(from + 1).findIndex((line) => matches(line, end));
  if (length < 0) throw new Error(`Hittar inte slutet: ${String(end)}`);
  return all.slice(from, from + 1 + length);
}

function matches(line: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line);
}

/** Splits "41% ¹⁾" into its text "41%" and footnote number 1. */
export function splitFootnoteMarker(cell: string): { text: string; marker: number | null } {
  const match = MARKER.exec(cell);
  if (!match?.[1]) return { text: cell.trim(), marker: null };
  const digits = Array.from(match[1])
    .map((c) => SUPERSCRIPT_DIGITS.indexOf(c))
    .join('');
  return { text: cell.slice(0, match.index).trim(), marker: Number(digits) };
}

/** "1) Preliminärt 2) Avser november 2022" → {1: 'Preliminärt', 2: 'Avser november 2022'}. */
export function parseFootnotes(line: string): Map<number, string> {
  const notes = new Map<number, string>();
  const parts = line.trim().split(/(?:^|\s)(\d+)\)\s/);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    notes.set(Number(parts[i]), (parts[i + 1] ?? '').trim());
  }
  return notes;
}

export function isFootnoteLine(line: string): boolean {
  return /^\d+\)\s/.test(line.trim());
}

/** "<p>A</p> <p>B</p>" → ["A", "B"]; plain text → [text]. */
export function paragraphsOf(cell: string): string[] {
  const paragraphs = [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((m) => (m[1] ?? '').trim());
  return paragraphs.length > 0 ? paragraphs : [cell.trim()];
}

/** Removes inline HTML the conversion left in table cells ("<i>…</i>") and folds white space. */
export function plainText(cell: string): string {
  return cell
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim();
}

/** "<ol …> 1. A 2. B" → [[1, 'A'], [2, 'B']]. */
export function numberedItems(cell: string): Array<[number, string]> {
  const text = cell.replace(/<[^>]+>/g, ' ');
  const parts = text.split(/(?:^|\s)(\d{1,2})\.\s/);
  const items: Array<[number, string]> = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    items.push([Number(parts[i]), (parts[i + 1] ?? '').trim()]);
  }
  return items;
}
