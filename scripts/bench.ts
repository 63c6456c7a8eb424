// npm run bench — speed and scale, measured on this machine (not part of npm test).
// Usage: npm run bench [-- --only api,scale,frontend,build,import,reports] [-- --duration 10]
// Prints a table per part and writes var/bench/results.json. Every load goes to 127.0.0.1 only
// and every loop is bounded in count and time.
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/src/db/connection';
import { migrate } from '../server/src/db/migrate';
import { importSeed } from '../server/src/db/seed-import';
import { copyBuiltClient } from './lib/build-client';
import { benchApi } from './bench/api';
import { timeDatabaseBuild } from './bench/db-build';
import {
  largestContentfulPaint,
  PUBLIC_PAGES,
  scriptsPerPage,
  timeClientBuild,
} from './bench/frontend';
import { importEventLoopBlock } from './bench/import-block';
import { queryPlans } from './bench/plans';
import { BENCH_DIR, SEED_DIR } from './bench/paths';
import { benchReports } from './bench/reports';
import { SCALE_PATHS, timeEndpoints } from './bench/scale';
import { generateScaleDatabase } from './bench/scale-data';

const PARTS = ['api', 'scale', 'frontend', 'build', 'import', 'reports'] as const;
type Part = (typeof PARTS)[number];

const TARGETS = { ratio: 0.5, p99Ms: 10, initialKb: 200, lcpMs: 1500, blockMs: 100 };

function seedDatabase(path: string): string {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = openDatabase(path);
  migrate(db);
  importSeed(db, SEED_DIR);
  db.close();
  return path;
}

const mark = (ok: boolean) => (ok ? 'ja' : 'NEJ');

function machine() {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    // Other work on the machine shows here; a loaded machine gives slower figures.
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string', default: PARTS.join(',') },
      duration: { type: 'string', default: '10' },
      runs: { type: 'string', default: '3' },
    },
  });
  const parts = new Set(values.only.split(',') as Part[]);
  const durationSeconds = Number(values.duration);
  mkdirSync(BENCH_DIR, { recursive: true });
  const seedPath = seedDatabase(join(BENCH_DIR, 'seed.sqlite'));
  const results: Record<string, unknown> = { at: new Date().toISOString(), machine: machine() };
  console.log('Maskin:', results.machine);

  if (parts.has('api')) {
    const paths = ['/api/overview', '/api/measures'];
    const runs = [];
    for (const connections of [100, 10]) {
      const rows = await benchApi(seedPath, paths, { connections, durationSeconds });
      runs.push(...rows.map((row) => ({ connections, ...row })));
    }
    results.api = runs;
    console.log(
      `\n(a) API, autocannon ${durationSeconds} s per row, real app vs bare Fastify route`,
    );
    console.table(
      runs.map(({ connections, endpoint, real, bare, ratio }) => ({
        endpoint,
        connections,
        'req/s': real.requestsPerSecond,
        'p50 ms': real.p50Ms,
        'p99 ms': real.p99Ms,
        'bare req/s': bare.requestsPerSecond,
        'bare p99 ms': bare.p99Ms,
        ratio,
        [`ratio ≥ ${TARGETS.ratio}`]: mark(ratio >= TARGETS.ratio),
        [`p99 < ${TARGETS.p99Ms}`]: mark(real.p99Ms < TARGETS.p99Ms),
        errors: real.errors + bare.errors,
      })),
    );
  }

  if (parts.has('scale')) {
    const scalePath = join(BENCH_DIR, 'scale.sqlite');
    const started = performance.now();
    const counts = generateScaleDatabase(scalePath, SEED_DIR);
    const generateMs = Math.round(performance.now() - started);
    const seed = await timeEndpoints(seedPath, SCALE_PATHS, 15);
    const scaled = await timeEndpoints(scalePath, SCALE_PATHS, 15);
    const rows = SCALE_PATHS.map((path) => {
      const s = seed.get(path)!;
      const x = scaled.get(path)!;
      return {
        endpoint: path,
        'seed cold ms': s.coldMs,
        'x100 cold ms': x.coldMs,
        'cold factor': Math.round((x.coldMs / s.coldMs) * 10) / 10,
        'seed warm ms': s.warmMs,
        'x100 warm ms': x.warmMs,
        'seed kB': Math.round(s.bytes / 1024),
        'x100 kB': Math.round(x.bytes / 1024),
      };
    });
    const plans = queryPlans(scalePath);
    results.scale = { counts, generateMs, rows, plans };
    console.log(
      `\n(b) Scale: seed vs ×100 (${JSON.stringify(counts)}), generated in ${generateMs} ms`,
    );
    console.log('    cold = first answer after a write (queries run); warm = cached or repeated');
    console.table(rows);
    console.log('    Query plans on the ×100 database:');
    for (const { query, plan } of plans) console.log(`    ${query}: ${plan.join(' | ')}`);
  }

  if (parts.has('frontend')) {
    const outDir = join(BENCH_DIR, 'client-dist');
    const buildMs = timeClientBuild(outDir);
    const scripts = scriptsPerPage(outDir);
    const paints = await largestContentfulPaint(seedPath, outDir, PUBLIC_PAGES, 5);
    results.frontend = { buildMs, scripts, paints };
    console.log(`\n(c) Front end (vite build --manifest, and --ssr: ${buildMs} ms)`);
    console.table(
      scripts.map(({ page, initialKb, lazyKb }) => ({
        page,
        'initial JS kB gzip': initialKb,
        [`≤ ${TARGETS.initialKb}`]: mark(initialKb <= TARGETS.initialKb),
        'loaded after (chart) kB gzip': lazyKb,
      })),
    );
    console.log(
      '    LCP, phone 390×844, CPU 4× slower, 562.5 ms RTT, 1.6 Mbit/s down, median of 5:',
    );
    console.table(
      paints.map(({ page, lcpMs, element }) => ({
        page,
        'LCP ms': lcpMs,
        [`< ${TARGETS.lcpMs}`]: mark(lcpMs < TARGETS.lcpMs),
        'LCP element': element,
      })),
    );
  }

  if (parts.has('build')) {
    const build = timeDatabaseBuild(3);
    results.build = build;
    console.log('\n(d) npm run db:build from the seed, median of 3');
    console.table([{ 'migrate + import ms': build.buildMs, 'whole command ms': build.commandMs }]);
  }

  if (parts.has('import')) {
    const blocks = await importEventLoopBlock(seedPath, 5);
    results.import = blocks;
    console.log('\n(e) Preview of a 10 000-row file: the longest event-loop block, median of 5');
    console.table(
      blocks.map(({ file, kB, totalMs, maxBlockMs }) => ({
        file,
        kB,
        'total ms': totalMs,
        'longest block ms': maxBlockMs,
        [`≤ ${TARGETS.blockMs}`]: mark(maxBlockMs <= TARGETS.blockMs),
      })),
    );
  }

  if (parts.has('reports')) {
    const scalePath = join(BENCH_DIR, 'scale.sqlite');
    // The scale part has built it already when it ran.
    if (!parts.has('scale') || !existsSync(scalePath)) generateScaleDatabase(scalePath, SEED_DIR);
    const runs = Number(values.runs);
    const clientDist = join(BENCH_DIR, 'client-dist');
    rmSync(clientDist, { recursive: true, force: true });
    copyBuiltClient(clientDist);
    const seed = await benchReports(seedPath, clientDist, runs, durationSeconds);
    const scaled = await benchReports(scalePath, clientDist, runs, 0);
    results.reports = { seed, scaled };
    console.log(
      `\n(f) Documents generated in the worker pool: the first time (the worker starts, the charts are drawn), then the median of ${runs} (memory: peak rss over before)`,
    );
    console.table(
      seed.timings.map((s, i) => {
        const x = scaled.timings[i]!;
        return {
          document: s.path,
          'seed first ms': s.firstMs,
          'seed ms': s.medianMs,
          'seed kB': s.kB,
          'seed peak MB': s.peakRssMb,
          'x100 first ms': x.firstMs,
          'x100 ms': x.medianMs,
          'x100 kB': x.kB,
          'x100 peak MB': x.peakRssMb,
        };
      }),
    );
    if (seed.throughput) {
      const { path, idle, whileGenerating, errors } = seed.throughput;
      console.log(
        `    ${path}, 10 connections, ${durationSeconds} s, in the app's own process: ${idle} req/s alone, ${whileGenerating} req/s while documents are written (errors ${errors})`,
      );
    }
  }

  writeFileSync(join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResultat: ${join(BENCH_DIR, 'results.json')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
