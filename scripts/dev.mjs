// npm run dev — the server restarting on every change (port 3000) and Vite's dev server with hot
// reload, which passes /api on to the server (see vite.config.ts).
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { bin, ensureDatabase, root, runUntilStopped } from './lib/startup.mjs';

ensureDependencies(root);
ensureDatabase();
runUntilStopped([
  [bin('tsx'), ['watch', 'server/src/server.ts']],
  [bin('vite'), []],
]);
