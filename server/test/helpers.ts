import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildAppOptions } from '../src/app';
import { openDatabase, type Db } from '../src/db/connection';
import { migrate } from '../src/db/migrate';
import { importSeed, readSeed, type Seed } from '../src/db/seed-import';

export const SEED_DIR = fileURLToPath(new URL('../../data/seed', import.meta.url));

/** The seed the test database was built from: what the API must give back. */
export const seed: Seed = readSeed(SEED_DIR);

/**
 * scrypt's cost in tests: 2^10 hashes in about a millisecond, so no test's speed depends on the
 * machine's. The production cost is tested once, in auth.test.ts.
 */
export const TEST_SCRYPT_N = 2 ** 10;

/**
 * The time limit of a test that starts processes or reads whole workbooks. It only catches a test
 * that hangs: the work is bounded, and on a busy machine it may take many times as long as here.
 */
export const SLOW_TEST_MS = 180_000;

export function readSeedJson(file: string): unknown {
  return JSON.parse(readFileSync(join(SEED_DIR, file), 'utf8'));
}

/** A fresh, migrated in-memory database with the real seed: no mocks, nothing shared between files. */
export function createSeededDatabase(): Db {
  const db = openDatabase(':memory:');
  migrate(db);
  importSeed(db, SEED_DIR);
  return db;
}

export async function createTestApp(
  options: Omit<BuildAppOptions, 'db'> = {},
): Promise<FastifyInstance> {
  const db = createSeededDatabase();
  const app = await buildApp({ db, scryptN: TEST_SCRYPT_N, ...options });
  app.addHook('onClose', () => db.close());
  return app;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the body's type, as with json<T>()
export async function getJson<T = unknown>(app: FastifyInstance, url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { status: response.statusCode, headers: response.headers, body: response.json<T>() };
}

/** What `work` gives, and how many times other work queued with setImmediate ran meanwhile. */
export async function turnsDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let working = true;
  const otherWork = () => {
    turns += 1;
    if (working) setImmediate(otherWork);
  };
  setImmediate(otherWork);
  const result = await work();
  working = false;
  return { result, turns };
}

/** RFC 4180 with ";" – enough to read back what the export wrote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}
