// How SQLite runs the queries that grow with the data (EXPLAIN QUERY PLAN), so a scan of a big
// table shows in the bench output rather than in production.
import { openDatabase } from '../../server/src/db/connection';

// The shapes of the repositories' statements that touch the big tables.
const QUERIES: Record<string, string> = {
  'latest outcome year':
    'SELECT year FROM outcomes WHERE value IS NOT NULL ORDER BY year DESC LIMIT 1',
  'latest activity year':
    'SELECT year FROM activities WHERE deleted_at IS NULL ORDER BY year DESC LIMIT 1',
  "period's measures": 'SELECT id FROM measures WHERE period_id = 1 ORDER BY number',
  "a measure's outcomes": 'SELECT year, value FROM outcomes WHERE series_id = 1 ORDER BY year',
  'activity page ids': `SELECT a.id FROM activities a JOIN measures m ON m.id = a.measure_id
    WHERE a.deleted_at IS NULL AND m.period_id = 1 ORDER BY a.year, m.number, a.position LIMIT 1000`,
  'activities of a unit': `SELECT a.id FROM activities a JOIN measures m ON m.id = a.measure_id
    WHERE a.deleted_at IS NULL AND m.period_id = 1 AND EXISTS (
      SELECT 1 FROM activity_units au WHERE au.activity_id = a.id AND au.unit_code = 'SOU')`,
  'unit counts': `SELECT au.unit_code, a.year, count(*) FROM measures m
    JOIN activities a ON a.measure_id = m.id JOIN activity_units au ON au.activity_id = a.id
    WHERE m.period_id = 1 AND a.deleted_at IS NULL GROUP BY au.unit_code, a.year`,
};

export function queryPlans(dbPath: string): { query: string; plan: string[] }[] {
  const db = openDatabase(dbPath, { fileMustExist: true });
  try {
    return Object.entries(QUERIES).map(([query, sql]) => ({
      query,
      plan: db
        .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all()
        .map((row) => row.detail),
    }));
  } finally {
    db.close();
  }
}
