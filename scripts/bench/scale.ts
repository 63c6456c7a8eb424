// (b) Response times of the read API on the seed and on a database ×100 the seed, in-process
// through app.inject. "Cold" is the first answer after a write (nothing cached: the queries run),
// "warm" an answer to a repeated request with no write in between.
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/connection';

export const SCALE_PATHS = [
  '/api/overview',
  '/api/measures',
  '/api/measures/1',
  '/api/measures/1/history',
  // The default page: bounded at 1000 rows, where the seed's whole list has about 200.
  '/api/activities',
  // The same number of rows on both, near the start and deep into the ×100 list.
  '/api/activities?limit=200',
  '/api/activities?limit=200&offset=20000',
  '/api/activities?year=2024&unit=SOU',
  '/api/activities?year=2024&unit=SOU&limit=20',
  '/api/units',
  '/api/periods',
];

export interface Timing {
  coldMs: number;
  warmMs: number;
  bytes: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 100) / 100;
};

/** Median times per path against one database file. */
export async function timeEndpoints(
  dbPath: string,
  paths: string[],
  iterations: number,
): Promise<Map<string, Timing>> {
  const db = openDatabase(dbPath, { fileMustExist: true });
  // A second connection writes between cold requests, as another process would.
  const writer = openDatabase(dbPath, { fileMustExist: true });
  const touch = writer.prepare("INSERT INTO audit_log (action) VALUES ('bench')");
  const app = await buildApp({ db });
  const timings = new Map<string, Timing>();
  try {
    for (const url of paths) {
      const timed = async () => {
        const started = performance.now();
        const response = await app.inject({ url });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode}`);
        return { ms: performance.now() - started, bytes: response.rawPayload.length };
      };
      for (let i = 0; i < 3; i += 1) await timed();
      const cold: number[] = [];
      const warm: number[] = [];
      let bytes = 0;
      for (let i = 0; i < iterations; i += 1) {
        touch.run();
        const first = await timed();
        cold.push(first.ms);
        bytes = first.bytes;
        warm.push((await timed()).ms);
      }
      timings.set(url, { coldMs: median(cold), warmMs: median(warm), bytes });
    }
    return timings;
  } finally {
    await app.close();
    db.close();
    writer.close();
  }
}
