import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { openCheckedDatabase } from '../src/db/database-check';
import { createSeededDatabase } from './helpers';
import { outcome } from './entry-changes';
import { addUser, asUser, signIn } from './session-helpers';

// Finding 7 of the hardening review: a database the server cannot use is refused at start with a
// message naming the file and what to do; health reports it; a full disk is a clear 507.

const run = promisify(execFile);
let dir: string;
let seeded: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'malbild-faults-'));
  seeded = join(dir, 'seeded.sqlite');
  const db = createSeededDatabase();
  db.exec(`VACUUM INTO '${seeded}'`);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message openCheckedDatabase refuses the file with, or "opened". */
function refusal(path: string): string {
  try {
    openCheckedDatabase(path).close();
    return 'opened';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('openCheckedDatabase', () => {
  it('opens a sound database', () => {
    expect(refusal(seeded)).toBe('opened');
  });

  it.each([
    ['missing', () => join(dir, 'saknas.sqlite'), /finns inte.*npm run db:build/],
    [
      'a directory',
      () => {
        const path = join(dir, 'mapp');
        mkdirSync(path);
        return path;
      },
      /är en mapp/,
    ],
    [
      'empty (0 bytes)',
      () => {
        const path = join(dir, 'tom.sqlite');
        writeFileSync(path, '');
        return path;
      },
      /är tom \(0 byte\).*säkerhetskopia/,
    ],
    [
      'garbage',
      () => {
        const path = join(dir, 'skräp.sqlite');
        writeFileSync(path, 'det här är ingen databas '.repeat(200));
        return path;
      },
      /är ingen SQLite-databas/,
    ],
    [
      'corrupted',
      () => {
        const path = join(dir, 'skadad.sqlite');
        const bytes = readFileSync(seeded);
        // Keep the header, overwrite pages in the middle.
        bytes.fill(0xa5, 4096 * 3, bytes.length - 4096 * 3);
        writeFileSync(path, bytes);
        return path;
      },
      /är skadad/,
    ],
    [
      'another program’s',
      () => {
        const path = join(dir, 'annan.sqlite');
        const other = new Database(path);
        other.exec('CREATE TABLE t (x)');
        other.close();
        return path;
      },
      /inte Målbilds/,
    ],
  ])('refuses a file that is %s, naming it', (_what, make, message) => {
    const path = make();
    const text = refusal(path);
    expect(text).toMatch(message);
    expect(text).toContain(path);
  });

  it('stops the server at start with the message, before it listens', async () => {
    const path = join(dir, 'tom-start.sqlite');
    writeFileSync(path, '');
    const server = join(import.meta.dirname, '../src/server.ts');
    const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
    const result = await run(tsx, [server], {
      env: { ...process.env, DB_PATH: path, PORT: '0' },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Databasen ${path} är tom (0 byte)`);
  }, 60_000);
});

describe('a database that fails while the server runs', () => {
  it('answers health with 503 and the problem', async () => {
    const db = createSeededDatabase();
    const app = await buildApp({ db });
    expect((await app.inject('/api/health')).json()).toMatchObject({
      status: 'ok',
      database: { ok: true },
    });
    db.close();
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'error', database: { ok: false } });
    await app.close();
  });

  it('answers a write on a full disk with 507 and a clear message, and keeps nothing of it', async () => {
    const db = createSeededDatabase();
    const app = await buildApp({ db });
    await addUser(db, 'kontroller', ['controller']);
    const session = await signIn(app, 'kontroller');
    const before = db.prepare('SELECT count(*) AS n FROM value_history').get();
    // No more pages than the database has, and those filled: the next write is "disk full".
    db.exec('CREATE TABLE filler (x BLOB)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const fill = db.prepare('INSERT INTO filler VALUES (randomblob(?))');
    for (const size of [1000, 100, 10, 1]) {
      try {
        for (;;) fill.run(size);
      } catch (error) {
        expect((error as { code: string }).code).toBe('SQLITE_FULL');
      }
    }
    const changes = Array.from({ length: 17 }, (_, i) =>
      outcome(i + 1, 1, 0, { note: 'x'.repeat(500) }),
    );
    const response = await asUser(app, session, {
      method: 'POST',
      url: '/api/entry/2025',
      payload: { changes },
    });
    expect(response.statusCode).toBe(507);
    expect(response.json().message).toMatch(/disken är full.*Inget av det du skickade sparades/);
    expect(db.prepare('SELECT count(*) AS n FROM value_history').get()).toEqual(before);
    await app.close();
  });
});
