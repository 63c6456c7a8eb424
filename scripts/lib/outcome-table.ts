import { decimalsIn, parseSwedishNumber } from '@malbild/shared';
import { cellsOf, isFootnoteLine, parseFootnotes, splitFootnoteMarker } from './text';

// Parses a "Resultatmått. Utfall och målvärden" table: one block per målområde, each with a header
// row ("Barn och unga  Utfall … Målvärden …"), a row of years, goal rows and measure rows, and a
// footnote line ("1) Preliminärt 2) Avser november 2022").

export interface TableCell {
  year: number;
  value: number | null;
  note: string | null;
  /** The cell as written, for error messages and tests. */
  written: string;
}

export interface TableRow {
  area: string;
  goal: string;
  name: string;
  outcomes: TableCell[];
  targets: TableCell[];
  decimals: number;
}

interface RawCell {
  year: number;
  kind: 'outcome' | 'target';
  written: string;
}

interface Block {
  area: string;
  targetsFrom: number;
  years: number[];
  rows: Array<{ goal: string; name: string; cells: RawCell[] }>;
  footnotes: Map<number, string>;
}

export interface ParsedTable {
  rows: TableRow[];
  warnings: string[];
}

export function parseOutcomeTable(tableLines: string[]): ParsedTable {
  const blocks = splitBlocks(tableLines);
  const warnings: string[] = [];
  const rows = blocks.flatMap((block) => block.rows.map((row) => resolveRow(block, row, warnings)));
  return { rows, warnings };
}

function splitBlocks(tableLines: string[]): Block[] {
  const blocks: Block[] = [];
  let goal = '';
  for (const line of tableLines) {
    const cells = cellsOf(line);
    const current = blocks.at(-1);
    if (cells[1] === 'Utfall') {
      blocks.push({
        area: cells[0] ?? '',
        targetsFrom: cells.indexOf('Målvärden'),
        years: [],
        rows: [],
        footnotes: new Map(),
      });
    } else if (!current || line.trim() === '') {
      continue;
    } else if (current.years.length === 0) {
      current.years = cells.map(Number);
    } else if (isFootnoteLine(line)) {
      current.footnotes = parseFootnotes(line);
    } else if (cells.slice(1).every((cell) => cell === '')) {
      goal = cells[0] ?? '';
    } else {
      current.rows.push({ goal, name: cells[0] ?? '', cells: rawCells(current, cells) });
    }
  }
  return blocks;
}

function rawCells(block: Block, cells: string[]): RawCell[] {
  return block.years.flatMap((year, index) =>
    index === 0
      ? []
      : [
          {
            year,
            kind: index < block.targetsFrom ? ('outcome' as const) : ('target' as const),
            written: cells[index] ?? '',
          },
        ],
  );
}

function resolveRow(block: Block, row: Block['rows'][number], warnings: string[]): TableRow {
  const usedMarkers = new Set(
    block.rows.flatMap((r) => r.cells.map((c) => splitFootnoteMarker(c.written).marker)),
  );
  const resolved = row.cells.map((cell) => {
    const { text, marker } = splitFootnoteMarker(cell.written);
    const note =
      marker === null ? null : footnoteFor(block, marker, usedMarkers, row.name, warnings);
    return {
      kind: cell.kind,
      cell: { year: cell.year, value: valueOf(text), note, written: cell.written },
    };
  });
  return {
    area: block.area,
    goal: row.goal,
    name: row.name,
    outcomes: resolved.filter((r) => r.kind === 'outcome').map((r) => r.cell),
    targets: resolved.filter((r) => r.kind === 'target').map((r) => r.cell),
    decimals: Math.max(0, ...row.cells.map((c) => decimalsIn(splitFootnoteMarker(c.written).text))),
  };
}

/** "-" and blank cells are no value: never zero. */
function valueOf(text: string): number | null {
  return text === '-' || text === '' ? null : parseSwedishNumber(text);
}

/**
 * A marker is explained by its own block's footnote line. The 2020 table numbers one marker
 * differently from its footnote line (²⁾ above "1) Aug"); there the block's only footnote that no
 * other cell uses is meant, and a warning says so.
 */
function footnoteFor(
  block: Block,
  marker: number,
  usedMarkers: Set<number | null>,
  rowName: string,
  warnings: string[],
): string {
  const own = block.footnotes.get(marker);
  if (own !== undefined) return own;
  const unused = [...block.footnotes.entries()].filter(([n]) => !usedMarkers.has(n));
  const only = unused.length === 1 ? unused[0] : undefined;
  if (!only) throw new Error(`Fotnot ${marker} saknas för "${rowName}" i blocket ${block.area}`);
  warnings.push(
    `"${rowName}" (${block.area}): fotnotsmarkering ${marker} har ingen fotnot ${marker}; blockets enda fotnot (${only[0]}) "${only[1]}" används.`,
  );
  return only[1];
}
