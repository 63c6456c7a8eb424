import type { Area, Goal, Period, PeriodDetail } from '@malbild/shared';
import type { Db } from './connection';

export const PERIOD_COLUMNS = `p.id, p.name, p.start_year AS startYear, p.end_year AS endYear,
  p.vision, p.status, p.public, p.version`;

/** A period as SQLite gives it: public is 0 or 1. */
export type PeriodRow = Omit<Period, 'public'> & { public: number };
export const toPeriod = (row: PeriodRow): Period => ({ ...row, public: row.public === 1 });

type GoalRow = Omit<Goal, 'description' | 'focus' | 'measureNumbers'> & {
  description: string;
  focus: string;
  measureNumbers: string;
};

// period = the term goals are fixed for; area = strategiskt målområde; goal = verksamhetsmål.
export function createPeriodQueries(db: Db) {
  const list = db.prepare<[], PeriodRow>(
    `SELECT ${PERIOD_COLUMNS} FROM periods p ORDER BY p.start_year, p.id`,
  );
  const byId = db.prepare<[number], PeriodRow>(
    `SELECT ${PERIOD_COLUMNS} FROM periods p WHERE id = ?`,
  );
  // Several periods coexist (one closed, one active, the next being planned): the public follows
  // the active period whose years include this year, else the latest active one; with none
  // active, the latest closed one stays on show rather than an empty site.
  const current = db.prepare<[], PeriodRow>(
    `SELECT ${PERIOD_COLUMNS} FROM periods p
     WHERE p.status IN ('active', 'closed')
     ORDER BY p.status = 'active' DESC,
       CAST(strftime('%Y', 'now') AS INTEGER) BETWEEN p.start_year AND p.end_year DESC,
       p.start_year DESC
     LIMIT 1`,
  );
  const ofActivity = db.prepare<[number], { id: number }>(
    `SELECT m.period_id AS id FROM activities a JOIN measures m ON m.id = a.measure_id
     WHERE a.id = ?`,
  );
  const areas = db.prepare<[number], Omit<Area, 'goals'>>(
    'SELECT id, name, version FROM areas WHERE period_id = ? ORDER BY position',
  );
  const goals = db.prepare<[number], GoalRow>(
    `SELECT g.id, g.area_id AS areaId, g.name, g.description, g.focus, g.version,
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
    list: (): Period[] => list.all().map(toPeriod),
    current: (): Period | undefined => {
      const row = current.get();
      return row && toPeriod(row);
    },
    byId: (id: number): Period | undefined => {
      const row = byId.get(id);
      return row && toPeriod(row);
    },
    detail: (period: Period): PeriodDetail => ({ ...period, areas: areasOf(period.id) }),
    /** The id of the period whose measure the activity belongs to. */
    idOfActivity: (activityId: number): number | undefined => ofActivity.get(activityId)?.id,
  };
}
export type PeriodQueries = ReturnType<typeof createPeriodQueries>;
