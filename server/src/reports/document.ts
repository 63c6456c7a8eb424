// The one document model every generated document is built as (decision 011): the outcome table,
// the activities of a year, and later the goal-fulfilment report and the internal-control papers.
// A builder turns data from the database into a ReportDocument; exactly two renderers write it,
// render-docx.ts and render-pdf.ts. It is plain data, so it crosses into a worker thread as it is.
import { formatDate } from '@malbild/shared';

export interface ReportMetadata {
  /** The municipality's name, when the organisation's settings name it. */
  organisation: string | null;
  /** The day the figures are from (YYYY-MM-DD): the newest source document or edit. */
  dataDate: string | null;
  /** The day the document was generated (YYYY-MM-DD). */
  printDate: string;
}

export interface TableCell {
  text: string;
  /** Columns the cell covers; 1 when absent. */
  span?: number;
  /** Figures are right-aligned, text left. */
  align?: 'left' | 'right';
}

export interface TableRow {
  cells: TableCell[];
  /**
   * A row heading the rows under it (a verksamhetsmål in the outcome table), or a total row:
   * written in bold, its first cell a row header.
   */
  emphasis?: 'group' | 'total';
}

export interface TableBlock {
  kind: 'table';
  /** What the table holds, for assistive technology and the document's outline. */
  caption: string;
  /** Header rows, repeated on every page the table runs over. */
  header: TableRow[];
  rows: TableRow[];
  /** Relative column widths (any unit; each column's share of the page's width). */
  widths: number[];
  /** Footnotes printed under the table, e.g. "1) Preliminärt". */
  footnotes: string[];
}

/** An image (a measure's chart) with its text alternative. */
export interface FigureBlock {
  kind: 'figure';
  png: Uint8Array;
  /** The image's size in CSS pixels (the PNG has more, for print); drawn at most the page's width. */
  width: number;
  height: number;
  /** What the image shows, for assistive technology (PDF /Alt, Word's alternative text). */
  alt: string;
}

/** The title is the document's one level-1 heading; sections and their parts are 2 to 4. */
export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | TableBlock
  | FigureBlock;

export interface ReportDocument {
  title: string;
  /** The file name without extension, in Swedish (the download header gives an ASCII fallback). */
  fileName: string;
  orientation: 'portrait' | 'landscape';
  metadata: ReportMetadata;
  blocks: Block[];
}

export type ReportFormat = 'pdf' | 'docx';

export const REPORT_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** "Ludvika kommun. Uppgifter per 14 december 2022. Utskrivet 1 december 2026." */
export function metadataLine({ organisation, dataDate, printDate }: ReportMetadata): string {
  return [
    organisation,
    dataDate && `Uppgifter per ${formatDate(dataDate)}`,
    `Utskrivet ${formatDate(printDate)}`,
  ]
    .filter((part) => part !== null)
    .map((part) => `${part}.`)
    .join(' ');
}
