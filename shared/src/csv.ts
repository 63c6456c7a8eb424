export type CsvCell = string | number | null;

// Excel in Swedish locale splits on ";" and reads "14,2" as a number; the BOM makes it read UTF-8.
const SEPARATOR = ';';
const BOM = '\ufeff';

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  // No thousands separator: Excel would read "26 746" as text.
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text, ready to save as a file. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cellText).join(SEPARATOR));
  return BOM + lines.join('\r\n') + '\r\n';
}
