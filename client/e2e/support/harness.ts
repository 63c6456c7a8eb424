import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { buildApp, type BuildAppOptions } from '../../../server/src/app';
import { openDatabase, type Db } from '../../../server/src/db/connection';
import { migrate } from '../../../server/src/db/migrate';
import { importSeed } from '../../../server/src/db/seed-import';
import { copyBuiltClient } from '../../../scripts/lib/build-client';
import { TEST_SCRYPT_N } from '../../../server/test/helpers';
import { launchChromium } from '../../../scripts/lib/chromium';

// Everything a browser test needs: the real database, the built client, the real server on a
// free port and Debian's Chromium (browser downloads are blocked here).

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SEED_DIR = join(REPO_ROOT, 'data/seed');

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** The test's own database, e.g. to add users before signing in. */
  db: Db;
  /** GETs the real API, to compare what the page shows with what the server says. */
  api: <T>(path: string) => Promise<T>;
  close: () => Promise<void>;
}

/**
 * The app's options a test may set, e.g. where Kolada is (a local stub) or the server's one-time
 * code for the first administrator; `empty` starts from an empty database (npm run db:build --
 * --empty) instead of the seed's, for the first run.
 */
type HarnessOptions = Omit<BuildAppOptions, 'db' | 'clientDist'> & { empty?: boolean };

/** A fresh database file from the seed, the app on port 0 and a browser; close() undoes all. */
export async function startHarness({
  empty = false,
  ...options
}: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'malbild-e2e-'));
  const clientDist = join(dir, 'dist');
  copyBuiltClient(clientDist);
  const db = openDatabase(join(dir, 'malbild.sqlite'));
  migrate(db);
  if (!empty) importSeed(db, SEED_DIR);
  // Passwords hashed cheaply, as in the API tests: no test's speed depends on the machine's.
  const app = await buildApp({ db, clientDist, scryptN: TEST_SCRYPT_N, ...options });
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

/**
 * Starts a harness before the file's tests and closes it after them. A test that changes what
 * it starts from (e.g. creates a period) asks for a harness per attempt, so its retry starts
 * from the seed again.
 */
export function useHarness(
  options: () => HarnessOptions = () => ({}),
  scope: 'file' | 'attempt' = 'file',
): () => Harness {
  let harness: Harness | undefined;
  const start = async () => {
    harness = await startHarness(options());
  };
  const close = () => harness?.close();
  if (scope === 'file') {
    beforeAll(start);
    afterAll(close);
  } else {
    beforeEach(start);
    afterEach(close);
  }
  return () => {
    if (!harness) throw new Error('The harness has not started');
    return harness;
  };
}
