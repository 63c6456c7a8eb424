import type { Activity } from '@malbild/shared';
import type { Db } from './connection';
import { displayNameOf } from './people';
import { PUBLISHED_PLAN } from './unit-reviews';

type ActivityRow = Omit<Activity, 'units' | 'followUp'> & {
  units: string;
  followUp: string | null;
};

export interface ActivityFilter {
  periodId: number;
  year?: number | undefined;
  measure?: number | undefined;
  unit?: string | undefined;
  /** Only activities of published plans: for readers who may not see drafts (maySeeDrafts). */
  publishedOnly?: boolean | undefined;
}

// SQLite needs every named parameter bound; null means "no filter".
type ActivityParams = {
  periodId: number;
  year: number | null;
  measure: number | null;
  unit: string | null;
  publishedOnly: number;
};

const FILTER = `
  a.deleted_at IS NULL
  AND m.period_id = @periodId
  AND (@year IS NULL OR a.year = @year)
  AND (@measure IS NULL OR m.number = @measure)
  AND (@unit IS NULL OR EXISTS (
    SELECT 1 FROM activity_units au WHERE au.activity_id = a.id AND au.unit_code = @unit))
  AND (@publishedOnly = 0 OR ${PUBLISHED_PLAN})`;
const FROM = 'FROM activities a JOIN measures m ON m.id = a.measure_id';
const ORDER = 'ORDER BY a.year, m.number, a.position';

// The newest follow-up is the activity's current one; older ones stay as they were reported.
const SELECT_ACTIVITY = `
  SELECT a.id, a.year, m.number AS measureNumber, a.position,
    (SELECT json_group_array(unit_code)
       FROM (SELECT unit_code FROM activity_units WHERE activity_id = a.id ORDER BY position)) AS units,
    a.units_raw AS unitsRaw, a.verksamhet, a.text, a.antal, a.antal_min AS antalMin,
    a.antal_max AS antalMax, a.count_unit AS countUnit, a.comment, a.status,
    (SELECT json_object('status', f.status, 'comment', f.comment, 'date', f.dated,
              'by', ${displayNameOf('f.created_by')}, 'at', f.created_at)
       FROM activity_follow_ups f WHERE f.activity_id = a.id ORDER BY f.id DESC LIMIT 1) AS followUp,
    a.copied_from AS copiedFrom, a.version, a.updated_at AS updatedAt,
    ${displayNameOf('a.updated_by')} AS updatedBy
  ${FROM}`;

const toActivity = (row: ActivityRow): Activity => ({
  ...row,
  units: JSON.parse(row.units) as Activity['units'],
  followUp: row.followUp === null ? null : (JSON.parse(row.followUp) as Activity['followUp']),
});

export interface ActivityPage {
  /** Activities matching the filter, on every page together. */
  total: number;
  activities: Activity[];
}

// activity = målaktivitet; soft-deleted rows are never listed.
export function createActivityQueries(db: Db) {
  const list = db.prepare<ActivityParams, ActivityRow>(
    `${SELECT_ACTIVITY} WHERE ${FILTER} ${ORDER}`,
  );
  const count = db
    .prepare<ActivityParams, number>(`SELECT count(*) ${FROM} WHERE ${FILTER}`)
    .pluck();
  // The page's ids are chosen first, so the units and follow-up of only those rows are read.
  const page = db.prepare<ActivityParams & { limit: number; offset: number }, ActivityRow>(
    `${SELECT_ACTIVITY}
     WHERE a.id IN (SELECT a.id ${FROM} WHERE ${FILTER} ${ORDER} LIMIT @limit OFFSET @offset)
     ${ORDER}`,
  );
  const params = ({
    periodId,
    year,
    measure,
    unit,
    publishedOnly,
  }: ActivityFilter): ActivityParams => ({
    periodId,
    year: year ?? null,
    measure: measure ?? null,
    unit: unit ?? null,
    publishedOnly: publishedOnly ? 1 : 0,
  });
  const byId = db.prepare<[number], ActivityRow>(
    `${SELECT_ACTIVITY} WHERE a.id = ? AND a.deleted_at IS NULL`,
  );

  return {
    /** Every matching activity: for exports and a unit's plan, which are bounded by the filter. */
    list: (filter: ActivityFilter): Activity[] => list.all(params(filter)).map(toActivity),
    /** One page of the matching activities, in list order, with how many match in all. */
    page: (filter: ActivityFilter, limit: number, offset: number): ActivityPage => ({
      total: count.get(params(filter))!,
      activities: page.all({ ...params(filter), limit, offset }).map(toActivity),
    }),
    /** A listed (not removed) activity. */
    get: (id: number): Activity | undefined => {
      const row = byId.get(id);
      return row && toActivity(row);
    },
  };
}
export type ActivityQueries = ReturnType<typeof createActivityQueries>;
