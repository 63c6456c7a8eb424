import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { ImportError } from '../imports/import-error';
import { hasServerEntry, type ChartImageInput } from '../plugins/render';
import type { ChartFormat } from '../reports/chart-image';

/** 503 with its message for the user: the error handler hides those of other 5xx. */
export class ChartsUnavailableError extends Error {
  readonly expose = true;
  readonly statusCode = 503;
  constructor() {
    super('Diagram kan inte ritas: klienten är inte byggd (npm run build)');
  }
}
import type { ReportDocument, ReportFormat } from '../reports/document';
import type { ReadImportFile, Task, TaskResults } from './tasks';

/**
 * Worker threads for work too large for the event loop (an import file of 10 000 rows takes
 * most of a second to read, a document as much to write): requests keep being answered meanwhile. Started on first use, so an
 * app that never imports never starts a thread; one core is left for the event loop.
 */
export function createWorkerPool({ clientDist }: { clientDist?: string | undefined } = {}) {
  let pool: Piscina<Task, TaskResults[Task['kind']]> | undefined;
  const run = async <T extends Task>(task: T): Promise<TaskResults[T['kind']]> => {
    pool ??= new Piscina({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      maxThreads: Math.max(1, availableParallelism() - 1),
      idleTimeout: 60_000,
    });
    // runTask answers each kind of task with that kind's result.
    return (await pool.run(task)) as TaskResults[T['kind']];
  };
  return {
    /** An uploaded file's rows as import records; a file that cannot be used is an ImportError. */
    async readImportFile(bytes: ReadImportFile['bytes']) {
      const result = await run({ kind: 'read-import-file', bytes });
      if ('refused' in result) throw new ImportError(result.refused);
      return result;
    },
    /** A document written as a PDF or DOCX file, off the event loop. */
    renderReport: (document: ReportDocument, format: ReportFormat) =>
      run({ kind: 'render-report', document, format }),
    /**
     * Charts drawn by the client's chart component, from the built client's server bundle; a
     * ChartsUnavailableError without one (an API-only server, a test app without a build).
     */
    renderCharts: (inputs: ChartImageInput[], format: ChartFormat) => {
      if (clientDist === undefined || !hasServerEntry(clientDist)) {
        return Promise.reject(new ChartsUnavailableError());
      }
      return run({ kind: 'render-charts', clientDist, inputs, format });
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
export type WorkerPool = ReturnType<typeof createWorkerPool>;
