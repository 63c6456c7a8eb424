import { createActivityQueries } from './activities';
import type { Db } from './connection';
import { createMeasureQueries } from './measures';
import { createPeriodQueries } from './periods';
import { createUnitQueries } from './units';

/** Every repository, created once per database so each statement is prepared once. */
export function createRepositories(db: Db) {
  return {
    periods: createPeriodQueries(db),
    measures: createMeasureQueries(db),
    activities: createActivityQueries(db),
    units: createUnitQueries(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
