import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_DIR = join(REPO_ROOT, 'var/bench');
export const SEED_DIR = join(REPO_ROOT, 'data/seed');
export const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
