import type { UnitWithCounts } from '@malbild/shared';
import type { Db } from './connection';

interface CountRow {
  code: string;
  year: number;
  count: number;
}

// unit = koncernenhet. Counts come from the activity rows, never from the documents' summary
// tables (those are not always right); an activity of several units counts for each of them.
export function createUnitQueries(db: Db) {
  const units = db.prepare<[], { code: string; name: string }>(
    'SELECT code, name FROM units ORDER BY code',
  );
  // From the period's measures down, so earlier periods' activities are never read.
  const counts = db.prepare<[number], CountRow>(
    `SELECT au.unit_code AS code, a.year, count(*) AS count
     FROM measures m
     JOIN activities a ON a.measure_id = m.id
     JOIN activity_units au ON au.activity_id = a.id
     WHERE m.period_id = ? AND a.deleted_at IS NULL
     GROUP BY au.unit_code, a.year
     ORDER BY au.unit_code, a.year`,
  );
  const byCode = db.prepare<[string], { code: string }>('SELECT code FROM units WHERE code = ?');

  return {
    /** Every unit, with its activities per year in the period when one is given. */
    list: (periodId?: number): UnitWithCounts[] => {
      const byUnit = new Map<string, { year: number; count: number }[]>();
      for (const { code, year, count } of periodId === undefined ? [] : counts.all(periodId)) {
        byUnit.set(code, [...(byUnit.get(code) ?? []), { year, count }]);
      }
      return units.all().map((unit) => ({ ...unit, activityCounts: byUnit.get(unit.code) ?? [] }));
    },
    exists: (code: string): boolean => byCode.get(code) !== undefined,
  };
}
