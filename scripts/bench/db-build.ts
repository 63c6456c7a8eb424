// (d) How long `npm run db:build` takes from the seed: the script's own figure (migrate and
// import) and the whole command with tsx starting.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, REPO_ROOT, TSX } from './paths';

export interface BuildTiming {
  /** Migrations and seed import, as the script measures them. */
  buildMs: number;
  /** The command from start to exit. */
  commandMs: number;
}

export function timeDatabaseBuild(runs: number): BuildTiming {
  const dbPath = join(BENCH_DIR, 'build-timing.sqlite');
  const timings: BuildTiming[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const output = execFileSync(TSX, ['scripts/build-db.ts', '--force'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DB_PATH: dbPath },
      encoding: 'utf8',
    });
    const commandMs = Math.round(performance.now() - started);
    const buildMs = Number(/Tid: (\d+) ms/.exec(output)?.[1]);
    timings.push({ buildMs, commandMs });
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  timings.sort((a, b) => a.buildMs - b.buildMs);
  return timings[Math.floor(timings.length / 2)]!;
}
