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

/** Lets the browser save `csv` as `fileName` without a server round trip. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
