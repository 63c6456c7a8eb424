// Installs the project's npm dependencies when they are missing or older than the lockfile, so
// that `npm start` and `npm run check` each work as the one command on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} root */
export function ensureDependencies(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installerar beroenden (npm ci) …');
  execSync('npm ci', { cwd: root, stdio: 'inherit' });
}
