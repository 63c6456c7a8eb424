import { ImportError } from '../imports/import-error';
import { readTable } from '../imports/read-table';
import { tableRecords, type ImportRecord } from '../imports/table-records';

// The work that would hold the event loop for hundreds of milliseconds, run in a worker thread
// (pool.ts): every value in and out is structured-cloned, so tasks take and give plain data.

export interface ReadImportFile {
  kind: 'read-import-file';
  bytes: Uint8Array;
}

/** A file the import cannot use comes back as its Swedish message: classes do not cross threads. */
export type ImportFileResult = { records: ImportRecord[]; notices: string[] } | { refused: string };

export type Task = ReadImportFile;

async function readImportFile({ bytes }: ReadImportFile): Promise<ImportFileResult> {
  try {
    const table = await readTable(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { records: tableRecords(table), notices: table.notices };
  } catch (error) {
    if (error instanceof ImportError) return { refused: error.message };
    throw error;
  }
}

export function runTask(task: Task): Promise<ImportFileResult> {
  return readImportFile(task);
}
