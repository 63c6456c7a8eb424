import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VITE = join(REPO_ROOT, 'node_modules/.bin/vite');
const CLIENT_DIR = join(REPO_ROOT, 'client');
const CLIENT_DIST = join(CLIENT_DIR, 'dist');

/**
 * `npm run build` into `outDir` (client/dist when omitted): the browser's files, then the
 * server's bundle of the same app in `<outDir>/ssr`, which the server renders pages with.
 */
export function buildClient({
  outDir,
  manifest = false,
}: { outDir?: string; manifest?: boolean } = {}): void {
  const run = (args: string[]) =>
    execFileSync(VITE, ['build', ...args, '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  run([
    ...(manifest ? ['--manifest'] : []),
    ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : []),
  ]);
  run(['--ssr', ...(outDir ? ['--outDir', join(outDir, 'ssr')] : [])]);
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path).map((entry) => newestChange(join(path, entry))),
  );
}

function isStale(): boolean {
  // The server bundle is built last: older than a source, or missing, means build again.
  const built = join(CLIENT_DIST, 'ssr/entry-server.js');
  const sources = [
    join(CLIENT_DIR, 'src'),
    join(CLIENT_DIR, 'index.html'),
    join(CLIENT_DIR, 'public'),
    join(REPO_ROOT, 'shared/src'),
  ];
  const newestSource = Math.max(...sources.filter(existsSync).map(newestChange));
  // npm run dev leaves React's development build with this mark (scripts/dev.mjs).
  const development = join(CLIENT_DIST, 'ssr/development-build');
  return !existsSync(built) || existsSync(development) || statSync(built).mtimeMs < newestSource;
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
    if (isStale()) buildClient();
    cpSync(CLIENT_DIST, target, { recursive: true });
    // The server bundle is an ES module as client/package.json says; a copy elsewhere (a
    // temporary directory) needs to say it too, or a worker thread loads it as CommonJS.
    writeFileSync(join(target, 'package.json'), '{ "type": "module" }\n');
  });
}
