// npm run dev — the app as production renders it, rebuilt on every change: the server restarts
// when its code changes (port 3000), the client and its server bundle rebuild when theirs does
// (reload the page to see it; the server reads the new bundle from disk). No hot reload: Vite's
// dev server would render pages differently from the server's renderer (docs/decisions/005).
import { ensureDependencies } from './lib/ensure-deps.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bin,
  DEVELOPMENT_MARK,
  ensureClientBuild,
  ensureDatabase,
  root,
  runUntilStopped,
} from './lib/startup.mjs';

ensureDependencies(root);
ensureDatabase();
// The server registers the pages only when a build is there to render them.
ensureClientBuild();
// React's development build, with its warnings (a hydration mismatch names the element); the
// mark makes npm start and the browser tests build the real one again.
process.env.NODE_ENV = 'development';
writeFileSync(join(root, 'client', 'dist', 'ssr', DEVELOPMENT_MARK), '');
const watch = ['build', '--watch', '--mode', 'development', '--logLevel', 'warn'];
runUntilStopped([
  [bin('tsx'), ['watch', 'server/src/server.ts']],
  [bin('vite'), watch],
  [bin('vite'), [...watch, '--ssr']],
]);
