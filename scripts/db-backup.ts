// An online backup of the database (DB_PATH, default var/malbild.sqlite) while the server runs.
// Usage: npm run db:backup [-- --dir var/backups]
// Restore: stop the server, copy the backup to DB_PATH (removing any -wal and -shm beside it), start.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backupDatabase } from './lib/backup';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: resolve(REPO_ROOT, 'var/backups') } },
  });
  const dbPath = resolve(process.env.DB_PATH ?? resolve(REPO_ROOT, 'var/malbild.sqlite'));
  const backup = await backupDatabase(dbPath, resolve(values.dir));
  console.log(`Säkerhetskopia: ${backup}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
