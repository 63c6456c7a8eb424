import type { UnitWithCounts } from '@malbild/shared';
import type { Db } from './connection';

type UnitRow = Omit<UnitWithCounts, 'activityCounts'> & { activityCounts: string };

// unit = koncernenhet. Counts come from the activity rows, never from the documents' summary
// tables (those are not always right); an activity of several units counts for each of them.
export function createUnitQueries(db: Db) {
  const list = db.prepare<[], UnitRow>(
    `SELECT u.code, u.name,
       (SELECT json_group_array(json_object('year', year, 'count', count))
          FROM (SELECT a.year, count(*) AS count
                FROM activity_units au JOIN activities a ON a.id = au.activity_id
                WHERE au.unit_code = u.code AND a.deleted_at IS NULL
                GROUP BY a.year ORDER BY a.year)) AS activityCounts
     FROM units u
     ORDER BY u.code`,
  );
  const byCode = db.prepare<[string], { code: string }>('SELECT code FROM units WHERE code = ?');

  return {
    list: (): UnitWithCounts[] =>
      list.all().map((row) => ({ ...row, activityCounts: JSON.parse(row.activityCounts) })),
    exists: (code: string): boolean => byCode.get(code) !== undefined,
  };
}
