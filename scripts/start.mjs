// npm start — the one command on a fresh clone: installs dependencies, builds the client and the
// database when they are missing or stale, then runs the server (PORT, HOST, DB_PATH).
// npm run start:empty (--empty) starts on an empty database instead (DB_PATH, default
// var/malbild-empty.sqlite): the first administrator sets everything up at /kom-igang.
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { bin, ensureClientBuild, ensureDatabase, root, runUntilStopped } from './lib/startup.mjs';

const empty = process.argv.includes('--empty');
if (empty) process.env.DB_PATH ??= 'var/malbild-empty.sqlite';

ensureDependencies(root);
ensureClientBuild();
ensureDatabase({ empty });
runUntilStopped([[bin('tsx'), ['server/src/server.ts']]]);
