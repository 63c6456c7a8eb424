// (a) Throughput and latency of the real API against a bare Fastify route with the same bytes.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { TSX } from './paths';

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytes: number;
  errors: number;
}

export interface ApiRow {
  endpoint: string;
  real: LoadResult;
  bare: LoadResult;
  /** Real requests/s over bare requests/s; the target is ≥ 0.5. */
  ratio: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
}

/** One bounded autocannon run against a loopback URL. */
export async function load(url: string, { connections, durationSeconds }: LoadOptions) {
  const result = await autocannon({ url, connections, duration: durationSeconds });
  const completed = result.requests.total;
  return {
    url,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytes: completed > 0 ? Math.round(result.throughput.total / completed) : 0,
    errors: result.errors + result.timeouts + result.non2xx,
  } satisfies LoadResult;
}

async function startServers(dbPath: string, paths: string[]) {
  const child = spawn(TSX, ['scripts/bench/serve.ts', dbPath, ...paths], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(() => {
    throw new Error('the bench server stopped before it listened');
  });
  const firstLine = once(createInterface({ input: child.stdout }), 'line').then(
    ([line]) => JSON.parse(line as string) as { realPort: number; barePort: number },
  );
  return { child, ports: await Promise.race([firstLine, exited]) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

export async function benchApi(
  dbPath: string,
  paths: string[],
  options: LoadOptions,
): Promise<ApiRow[]> {
  const { child, ports } = await startServers(dbPath, paths);
  try {
    const rows: ApiRow[] = [];
    for (const path of paths) {
      const realUrl = `http://127.0.0.1:${ports.realPort}${path}`;
      const bareUrl = `http://127.0.0.1:${ports.barePort}/bare${path}`;
      // A short run first, so both are measured with warm JIT and caches.
      for (const url of [realUrl, bareUrl]) await load(url, { ...options, durationSeconds: 1 });
      const bare = await load(bareUrl, options);
      const real = await load(realUrl, options);
      const ratio = Math.round((real.requestsPerSecond / bare.requestsPerSecond) * 100) / 100;
      rows.push({ endpoint: path, real, bare, ratio });
    }
    return rows;
  } finally {
    await stop(child);
  }
}
