// npm start — the one command on a fresh clone: installs dependencies, builds the client and the
// database when they are missing or stale, then runs the server (PORT, HOST, DB_PATH).
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { bin, ensureClientBuild, ensureDatabase, root, runUntilStopped } from './lib/startup.mjs';

ensureDependencies(root);
ensureClientBuild();
ensureDatabase();
runUntilStopped([[bin('tsx'), ['server/src/server.ts']]]);
