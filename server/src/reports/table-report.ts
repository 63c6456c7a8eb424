import { formatAsWritten, type CsvCell } from '@malbild/shared';
import type { ReportDocument, ReportMetadata, TableCell } from './document';

// A table the app also gives as CSV and XLSX (the intern kontroll's risk analysis, plans and
// follow-up), as a document of the one pipeline: the same columns and rows, with a heading.

export interface TableReportInput {
  title: string;
  fileName: string;
  columns: readonly string[];
  /** Relative widths, one per column (the XLSX's character widths serve). */
  widths: readonly number[];
  rows: readonly (readonly CsvCell[])[];
  metadata: ReportMetadata;
}

/** A number as in the documents (decimal comma, thin-space thousands), right-aligned. */
function cellOf(cell: CsvCell): TableCell {
  if (typeof cell === 'number') return { text: formatAsWritten(cell), align: 'right' };
  return { text: cell ?? '–' };
}

export function tableDocument(input: TableReportInput): ReportDocument {
  const { title, fileName, columns, widths, rows, metadata } = input;
  return {
    title,
    fileName,
    orientation: 'landscape',
    metadata,
    blocks:
      rows.length === 0
        ? [{ kind: 'paragraph', text: 'Inga rader finns för året.' }]
        : [
            {
              kind: 'table',
              caption: title,
              header: [{ cells: columns.map((text) => ({ text })) }],
              rows: rows.map((row) => ({ cells: row.map(cellOf) })),
              widths: [...widths],
              footnotes: [],
            },
          ],
  };
}
