import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { ImportError } from '../imports/import-error';
import { hasServerEntry, type ChartImageInput } from '../plugins/render';
import { createChartCache } from '../reports/chart-cache';
import type { ChartFormat, ChartImage } from '../reports/chart-image';

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
  const threads = Math.max(1, availableParallelism() - 1);
  const charts = createChartCache();
  const run = async <T extends Task>(task: T): Promise<TaskResults[T['kind']]> => {
    pool ??= new Piscina({
      filename: new URL('./worker-entry.mjs', import.meta.url).href,
      maxThreads: threads,
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
     * ChartsUnavailableError without one (an API-only server, a test app without a build). Those
     * drawn before come from the cache; the rest are shared out over the threads, drawn at once.
     */
    async renderCharts(inputs: ChartImageInput[], format: ChartFormat): Promise<ChartImage[]> {
      if (clientDist === undefined || !hasServerEntry(clientDist)) {
        throw new ChartsUnavailableError();
      }
      const keys = inputs.map((input) => charts.key(clientDist, input, format));
      const images = keys.map((key) => charts.get(key));
      const missing = inputs.flatMap((_, index) => (images[index] ? [] : [index]));
      const share = Math.max(1, Math.ceil(missing.length / threads));
      const parts = Array.from({ length: Math.ceil(missing.length / share) }, (_, part) =>
        missing.slice(part * share, (part + 1) * share),
      );
      await Promise.all(
        parts.map(async (part) => {
          const drawn = await run({
            kind: 'render-charts',
            clientDist,
            inputs: part.map((index) => inputs[index]!),
            format,
          });
          part.forEach((index, i) => {
            images[index] = drawn[i]!;
            charts.set(keys[index]!, drawn[i]!);
          });
        }),
      );
      return images.map((image) => image!);
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
export type WorkerPool = ReturnType<typeof createWorkerPool>;
