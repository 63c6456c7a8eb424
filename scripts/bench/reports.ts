// (f) The generated documents: time and memory to write each one, and the API's throughput while
// documents are being written (they are written in a worker thread, so it should hold up).
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/connection';
import { load } from './api';

export const REPORT_PATHS = [
  // Its charts are drawn by the built client (copied to clientDist): the first run draws them,
  // the later ones find them in the chart cache.
  '/api/reports/goal-fulfilment/2022.pdf',
  '/api/reports/goal-fulfilment/2022.docx',
  '/api/reports/outcome-table.pdf',
  '/api/reports/outcome-table.docx',
  '/api/reports/activities/2024.pdf',
  '/api/reports/activities/2024.docx',
];
const THROUGHPUT_PATH = '/api/measures';

export interface ReportTiming {
  path: string;
  /** The first time, which also starts the worker thread and draws the charts. */
  firstMs: number;
  medianMs: number;
  kB: number;
  /** The process's resident memory at its highest while the document was written, over before. */
  peakRssMb: number;
}

export interface ReportBench {
  timings: ReportTiming[];
  /** Requests per second of THROUGHPUT_PATH alone, and while documents are written one after another. */
  throughput: { path: string; idle: number; whileGenerating: number; errors: number } | null;
}

const MB = 2 ** 20;

async function timeReport(app: Awaited<ReturnType<typeof buildApp>>, path: string, runs: number) {
  const times: number[] = [];
  let firstMs = 0;
  let kB = 0;
  let peak = 0;
  // One run more than counted: the first starts the worker thread.
  for (let run = 0; run <= runs; run += 1) {
    const before = process.memoryUsage.rss();
    let highest = before;
    const sampler = setInterval(() => {
      highest = Math.max(highest, process.memoryUsage.rss());
    }, 10);
    const started = performance.now();
    const response = await app.inject({ url: path });
    const ms = performance.now() - started;
    clearInterval(sampler);
    if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode}`);
    if (run === 0) {
      firstMs = Math.round(ms);
      continue;
    }
    times.push(ms);
    kB = Math.round(response.rawPayload.length / 1024);
    peak = Math.max(peak, highest - before);
  }
  times.sort((a, b) => a - b);
  return {
    path,
    firstMs,
    medianMs: Math.round(times[Math.floor(times.length / 2)]!),
    kB,
    peakRssMb: Math.round((peak / MB) * 10) / 10,
  };
}

/** Times each document `runs` times; with durationSeconds > 0 also the throughput under load. */
export async function benchReports(
  dbPath: string,
  clientDist: string,
  runs: number,
  durationSeconds: number,
): Promise<ReportBench> {
  const db = openDatabase(dbPath, { fileMustExist: true });
  const app = await buildApp({ db, clientDist });
  try {
    const timings: ReportTiming[] = [];
    for (const path of REPORT_PATHS) timings.push(await timeReport(app, path, runs));
    if (durationSeconds <= 0) return { timings, throughput: null };

    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}${THROUGHPUT_PATH}`;
    const options = { connections: 10, durationSeconds };
    await load(url, { ...options, durationSeconds: 1 });
    const idle = await load(url, options);
    let generating = true;
    const generate = async () => {
      for (let i = 0; generating; i += 1) {
        await app.inject({ url: REPORT_PATHS[i % REPORT_PATHS.length]! });
      }
    };
    const generator = generate();
    const busy = await load(url, options);
    generating = false;
    await generator;
    return {
      timings,
      throughput: {
        path: THROUGHPUT_PATH,
        idle: idle.requestsPerSecond,
        whileGenerating: busy.requestsPerSecond,
        errors: idle.errors + busy.errors,
      },
    };
  } finally {
    await app.close();
    db.close();
  }
}
