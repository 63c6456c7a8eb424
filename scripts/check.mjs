// npm run check — the one command that runs every check a reviewer would: typecheck, lint,
// format, and all tests (unit, API and browser). Installs dependencies first when needed.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies } from './lib/ensure-deps.mjs';

const root = join(import.meta.dirname, '..');
ensureDependencies(root);
for (const step of ['typecheck', 'lint', 'format:check', 'test']) {
  console.log(`\n▶ npm run ${step}`);
  try {
    execSync(`npm run ${step}`, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`\n✗ npm run ${step} misslyckades (se ovan).`);
    process.exit(1);
  }
}
console.log('\n✓ Alla kontroller gick igenom.');
