import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../../server/src/app';
import { openDatabase, type Db } from '../../../server/src/db/connection';
import { migrate } from '../../../server/src/db/migrate';
import { importSeed } from '../../../server/src/db/seed-import';
import { launchChromium } from '../../../scripts/lib/chromium';

// Everything a browser test needs: the real database, the built client, the real server on a
// free port and Debian's Chromium (browser downloads are blocked here).

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLIENT_DIR = join(REPO_ROOT, 'client');
const CLIENT_DIST = join(CLIENT_DIR, 'dist');
const SEED_DIR = join(REPO_ROOT, 'data/seed');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path).map((entry) => newestChange(join(path, entry))),
  );
}

function isStale(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  const sources = [
    join(CLIENT_DIR, 'src'),
    join(CLIENT_DIR, 'index.html'),
    join(CLIENT_DIR, 'public'),
    join(REPO_ROOT, 'shared/src'),
  ];
  const newestSource = Math.max(...sources.filter(existsSync).map(newestChange));
  return !existsSync(index) || statSync(index).mtimeMs < newestSource;
}

const BUILD_LOCK = join(REPO_ROOT, 'var/client-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

/** Runs `build` while holding a lock directory, so that two test runs never build at once. */
function withBuildLock(build: () => void): void {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      } else if (Date.now() > deadline) {
        throw new Error(`${BUILD_LOCK} is held: another client build is running`);
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    build();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds the client when client/dist is missing or older than its sources, and copies it to
 * `target`: a rebuild by another test run then cannot pull files from under this one.
 */
export function copyBuiltClient(target: string): void {
  withBuildLock(() => {
    if (isStale()) {
      execFileSync(join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        // Vitest sets NODE_ENV=test, which would give React's development build.
        env: { ...process.env, NODE_ENV: 'production' },
      });
    }
    cpSync(CLIENT_DIST, target, { recursive: true });
  });
}

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** The test's own database, e.g. to add users before signing in. */
  db: Db;
  /** GETs the real API, to compare what the page shows with what the server says. */
  api: <T>(path: string) => Promise<T>;
  close: () => Promise<void>;
}

/** A fresh database file from the seed, the app on port 0 and a browser; close() undoes all. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-e2e-'));
  const clientDist = join(dir, 'dist');
  copyBuiltClient(clientDist);
  const db = openDatabase(join(dir, 'malbild.sqlite'));
  migrate(db);
  importSeed(db, SEED_DIR);
  const app = await buildApp({ db, clientDist });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await launchChromium();
  return {
    baseUrl,
    browser,
    db,
    api: async <T>(path: string) => {
      const response = await fetch(`${baseUrl}/api${path}`);
      if (!response.ok) throw new Error(`GET /api${path}: ${response.status}`);
      return (await response.json()) as T;
    },
    close: async () => {
      await browser.close();
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts a harness before the file's tests and closes it after them. */
export function useHarness(): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(() => harness?.close());
  return () => {
    if (!harness) throw new Error('The harness has not started');
    return harness;
  };
}
