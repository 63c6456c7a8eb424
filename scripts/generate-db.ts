// Generates a database ×100 the seed for the scale bench (see scripts/bench/scale-data.ts).
// Usage: npm run db:generate [-- --out var/bench/scale.sqlite]
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DIR, SEED_DIR } from './bench/paths';
import { generateScaleDatabase } from './bench/scale-data';

const { values } = parseArgs({
  options: { out: { type: 'string', default: join(BENCH_DIR, 'scale.sqlite') } },
});
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
const started = performance.now();
const counts = generateScaleDatabase(out, SEED_DIR);
console.log(`Genererad: ${out}`);
console.table(counts);
console.log(`Tid: ${Math.round(performance.now() - started)} ms`);
