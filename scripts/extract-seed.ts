// npm run data:extract — reads data/sources/ and writes data/seed/ (reviewed and committed).
// `--check` compares instead of writing, and fails if the committed seed differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_FILES } from '@malbild/shared';
import { extractSeed } from './lib/extract';
import { seedFiles } from './lib/seed-files';

const SEED_DIR = join(import.meta.dirname, '../data/seed');
const check = process.argv.includes('--check');

const seed = extractSeed();
const files = seedFiles(seed);
let differs = false;
for (const [name, content] of Object.entries(files)) {
  const path = join(SEED_DIR, name);
  if (!check) writeFileSync(path, content);
  else if (readFileSync(path, 'utf8') !== content) {
    console.error(`${name} skiljer sig från extraktionen`);
    differs = true;
  }
}
for (const warning of seed.warnings) console.warn(`Varning: ${warning}`);
console.log(
  `${check ? 'Kontrollerade' : 'Skrev'} ${Object.keys(SEED_FILES).length} filer: ${seed.measures.length} resultatmått, ` +
    `${seed.activities.length} målaktiviteter, ${seed.units.length} koncernenheter, ` +
    `${seed.internalControl.risks.length} risker, ${seed.internalControl.plans.length} planer för intern kontroll.`,
);
process.exit(differs ? 1 : 0);
