/** A cell as read from a file: text, a number (XLSX cells), or null when empty. */
export type Cell = string | number | null;

export interface TableRow {
  line: number;
  cells: Cell[];
  /**
   * A CSV row with more fields than the header: in a comma-separated file, most likely a
   * decimal comma without quotes ("14,2"), which would shift every later column.
   */
  overflow?: boolean;
}

/** A spreadsheet's first sheet: its header row and the rows below it with their row numbers. */
export interface Table {
  header: string[];
  rows: TableRow[];
  /** What the user should know about how the file was read (encoding, separator). */
  notices: string[];
}

/** More rows than any municipality's goals need; a larger file is a mistake. */
export const MAX_ROWS = 10_000;
