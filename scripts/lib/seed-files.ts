import { SEED_FILES } from '@malbild/shared';
import type { Seed } from './extract';

/** The seed as the file contents that are committed under data/seed/. */
export function seedFiles(seed: Seed): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    [SEED_FILES.period]: json(seed.period),
    [SEED_FILES.measures]: json(seed.measures),
    [SEED_FILES.activities]: json(seed.activities),
    [SEED_FILES.units]: json(seed.units),
    [SEED_FILES.organisation]: json(seed.organisation),
    [SEED_FILES.internalControl]: json(seed.internalControl),
  };
}
