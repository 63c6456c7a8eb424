import type { SetupStatus } from '@malbild/shared';
import type { Db } from './connection';

// How far setting up the municipality has come (/kom-igang): each step read from what the
// database holds, never stored apart, so a step done on its own page counts at once.
export function createSetupQueries(db: Db) {
  const status = db.prepare<
    [],
    {
      admin: number;
      profile: number;
      period: number;
      structure: number;
      units: number;
      published: number;
      periodId: number | null;
    }
  >(
    `SELECT
       EXISTS (SELECT 1 FROM users) AS admin,
       EXISTS (SELECT 1 FROM organisation WHERE id = 1 AND name IS NOT NULL) AS profile,
       EXISTS (SELECT 1 FROM periods) AS period,
       -- A measure belongs to a goal, and a goal to an area: one measure means all three.
       EXISTS (SELECT 1 FROM measures WHERE retired_at IS NULL) AS structure,
       EXISTS (SELECT 1 FROM units) AS units,
       EXISTS (SELECT 1 FROM periods WHERE status = 'active') AS published,
       (SELECT id FROM periods ORDER BY start_year DESC, id DESC LIMIT 1) AS periodId`,
  );
  return {
    status: (): SetupStatus => {
      const { periodId, ...steps } = status.get()!;
      return {
        steps: {
          admin: steps.admin === 1,
          profile: steps.profile === 1,
          period: steps.period === 1,
          structure: steps.structure === 1,
          units: steps.units === 1,
          published: steps.published === 1,
        },
        periodId,
      };
    },
  };
}
export type SetupQueries = ReturnType<typeof createSetupQueries>;
