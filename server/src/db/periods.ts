import type { Area, Goal, Period, PeriodDetail } from '@malbild/shared';
import type { Db } from './connection';

const PERIOD_COLUMNS = `p.id, p.name, p.start_year AS startYear, p.end_year AS endYear, p.vision`;

type GoalRow = Omit<Goal, 'description' | 'focus' | 'measureNumbers'> & {
  description: string;
  focus: string;
  measureNumbers: string;
};

// period = the term goals are fixed for; area = strategiskt målområde; goal = verksamhetsmål.
export function createPeriodQueries(db: Db) {
  const list = db.prepare<[], Period>(
    `SELECT ${PERIOD_COLUMNS} FROM periods p ORDER BY p.start_year`,
  );
  // A new period is created before its first figures arrive; until then the old one stays current.
  // Every request asks for it: each latest year is one step down an index on year, never a scan
  // of all outcomes and activities (aggregate max() skips the NULL of an empty table).
  const current = db.prepare<[], Period>(
    `WITH latest AS (
       SELECT max(year) AS year FROM (
         SELECT (SELECT year FROM outcomes WHERE value IS NOT NULL ORDER BY year DESC LIMIT 1) AS year
         UNION ALL
         SELECT (SELECT year FROM activities WHERE deleted_at IS NULL ORDER BY year DESC LIMIT 1)))
     SELECT ${PERIOD_COLUMNS} FROM periods p, latest
     ORDER BY coalesce(latest.year BETWEEN p.start_year AND p.end_year, 0) DESC, p.start_year DESC
     LIMIT 1`,
  );
  const areas = db.prepare<[number], Omit<Area, 'goals'>>(
    'SELECT id, name FROM areas WHERE period_id = ? ORDER BY position',
  );
  const goals = db.prepare<[number], GoalRow>(
    `SELECT g.id, g.area_id AS areaId, g.name, g.description, g.focus,
       (SELECT json_group_array(number)
          FROM (SELECT number FROM measures WHERE goal_id = g.id ORDER BY number)) AS measureNumbers
     FROM goals g JOIN areas a ON a.id = g.area_id
     WHERE a.period_id = ?
     ORDER BY a.position, g.position`,
  );

  function areasOf(periodId: number): Area[] {
    const goalsOfPeriod: Goal[] = goals.all(periodId).map((row) => ({
      ...row,
      description: JSON.parse(row.description) as Goal['description'],
      focus: JSON.parse(row.focus) as Goal['focus'],
      measureNumbers: JSON.parse(row.measureNumbers) as Goal['measureNumbers'],
    }));
    return areas.all(periodId).map((area) => ({
      ...area,
      goals: goalsOfPeriod.filter((goal) => goal.areaId === area.id),
    }));
  }

  return {
    list: (): Period[] => list.all(),
    current: (): Period | undefined => current.get(),
    detail: (period: Period): PeriodDetail => ({ ...period, areas: areasOf(period.id) }),
  };
}
