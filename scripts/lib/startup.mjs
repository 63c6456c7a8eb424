// What `npm start` and `npm run dev` share: build what is missing or stale, then run child
// processes that stop when we are told to stop.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
/** A command installed in node_modules/.bin. */
export const bin = (/** @type {string} */ name) => join(root, 'node_modules', '.bin', name);

/**
 * Runs a preparation step; its own output says what failed, so we stop without a stack trace.
 * @param {string} command
 */
function run(command) {
  console.log(`▶ ${command}`);
  try {
    execSync(command, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`\n"${command}" misslyckades (se ovan); servern startas inte.`);
    process.exit(1);
  }
}

/**
 * @param {string} path
 * @returns {number}
 */
function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const children = readdirSync(path).map((name) => newestChange(join(path, name)));
  return Math.max(stat.mtimeMs, ...children);
}

/** Left in client/dist/ssr by npm run dev: its build is React's development build. */
export const DEVELOPMENT_MARK = 'development-build';

/** Builds client/dist when it is missing or older than the client's sources. */
export function ensureClientBuild() {
  const client = join(root, 'client');
  if (!existsSync(join(client, 'index.html'))) {
    console.warn('Varning: client/index.html saknas ännu; servern startar utan webbgränssnitt.');
    return;
  }
  // The server's bundle of the app is built last (npm run build), beside the browser's files;
  // npm run dev's development build is never served as the real one.
  const ssr = join(client, 'dist', 'ssr');
  const built = existsSync(join(ssr, DEVELOPMENT_MARK))
    ? 0
    : newestChange(join(ssr, 'entry-server.js'));
  const sources = Math.max(
    newestChange(join(client, 'src')),
    newestChange(join(client, 'index.html')),
  );
  if (built < sources) run('npm run build');
}

/**
 * Builds the database from data/seed (or, `empty`, with the schema alone) when DB_PATH does not
 * exist; never overwrites one.
 * @param {{ empty?: boolean }} [options]
 */
export function ensureDatabase({ empty = false } = {}) {
  const dbPath = resolve(root, process.env.DB_PATH ?? 'var/malbild.sqlite');
  if (!existsSync(dbPath)) run(empty ? 'npm run db:build -- --empty' : 'npm run db:build');
}

/**
 * Runs the commands side by side with inherited stdio. SIGINT/SIGTERM are passed on; when one
 * child ends the others are stopped, and we exit with the first child's exit code.
 * @param {[string, string[]][]} commands
 */
export function runUntilStopped(commands) {
  const children = commands.map(([command, args]) =>
    spawn(command, args, { cwd: root, stdio: 'inherit' }),
  );
  const stopAll = (/** @type {NodeJS.Signals} */ signal) => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
  /** @type {number | undefined} */
  let exitCode;
  for (const child of children) {
    child.on('exit', (code, signal) => {
      exitCode ??= code ?? (signal ? 1 : 0);
      stopAll('SIGTERM');
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) {
        process.exit(exitCode);
      }
    });
  }
}
