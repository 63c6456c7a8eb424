import { Piscina } from 'piscina';
import { ImportError } from '../imports/import-error';
import { readTable } from '../imports/read-table';
import { tableRecords, type ImportRecord } from '../imports/table-records';
import type { ChartImageInput } from '../plugins/render';
import { renderCharts, type ChartFormat, type ChartImage } from '../reports/chart-image';
import type { ReportDocument, ReportFormat } from '../reports/document';
import { renderReport } from '../reports/render';

// The work that would hold the event loop for hundreds of milliseconds, run in a worker thread
// (pool.ts): every value in and out is structured-cloned, so tasks take and give plain data.

export interface ReadImportFile {
  kind: 'read-import-file';
  bytes: Uint8Array;
}

/** A file the import cannot use comes back as its Swedish message: classes do not cross threads. */
export type ImportFileResult = { records: ImportRecord[]; notices: string[] } | { refused: string };

/** A document built on the main thread from the database, to be written as a file. */
export interface RenderReport {
  kind: 'render-report';
  document: ReportDocument;
  format: ReportFormat;
}

/** Measures' charts drawn by the client's chart component (its server bundle in clientDist). */
export interface RenderCharts {
  kind: 'render-charts';
  clientDist: string;
  inputs: ChartImageInput[];
  format: ChartFormat;
}

export type Task = ReadImportFile | RenderReport | RenderCharts;

/** What each kind of task gives back. */
export interface TaskResults {
  'read-import-file': ImportFileResult;
  'render-report': Uint8Array;
  'render-charts': ChartImage[];
}

async function readImportFile({ bytes }: ReadImportFile): Promise<ImportFileResult> {
  try {
    const table = await readTable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { records: tableRecords(table), notices: table.notices };
  } catch (error) {
    if (error instanceof ImportError) return { refused: error.message };
    throw error;
  }
}

export async function runTask(task: Task): Promise<TaskResults[Task['kind']]> {
  if (task.kind === 'read-import-file') return readImportFile(task);
  // Images of tens of kilobytes each: copied back.
  if (task.kind === 'render-charts') return renderCharts(task.clientDist, task.inputs, task.format);
  // The file's bytes are moved to the main thread, not copied.
  return Piscina.move(await renderReport(task.document, task.format)) as Uint8Array;
}
