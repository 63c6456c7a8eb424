import {
  activityDisplayStatus,
  swedishDay,
  type Activity,
  type ActivityDetail,
  type FollowUp,
} from '@malbild/shared';
import type { Db } from './connection';
import { displayNameOf } from './people';
import { PUBLISHED_PLAN } from './unit-reviews';

type ActivityRow = Omit<
  Activity,
  'units' | 'followUp' | 'movedFrom' | 'movedTo' | 'displayStatus'
> & {
  units: string;
  followUp: string | null;
  movedFrom: string | null;
  movedTo: string | null;
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

// The newest follow-up is the activity's current one; older ones stay as they were reported. One
// read from a document is by that document, with its page.
const FOLLOW_UP_JSON = `json_object('status', f.status, 'comment', f.comment, 'date', f.dated,
    'by', coalesce(d.title, ${displayNameOf('f.created_by')}), 'at', f.created_at,
    'source', CASE WHEN d.id IS NULL THEN NULL ELSE json_object('id', d.id,
      'title', d.title, 'date', d.date, 'page', f.source_page) END)`;
const followUpsOf = (activityId: string) => `
  FROM activity_follow_ups f LEFT JOIN source_documents d ON d.id = f.source_id
  WHERE f.activity_id = ${activityId} ORDER BY f.id DESC`;

const SELECT_ACTIVITY = `
  SELECT a.id, a.year, m.number AS measureNumber, a.position,
    (SELECT json_group_array(unit_code)
       FROM (SELECT unit_code FROM activity_units WHERE activity_id = a.id ORDER BY position)) AS units,
    a.units_raw AS unitsRaw, a.verksamhet, a.text, a.antal, a.antal_min AS antalMin,
    a.antal_max AS antalMax, a.count_unit AS countUnit, a.comment, a.status,
    (SELECT ${FOLLOW_UP_JSON} ${followUpsOf('a.id')} LIMIT 1) AS followUp,
    (SELECT d.due_date FROM deadlines d
       WHERE d.period_id = m.period_id AND d.year = a.year AND d.kind = 'annual_follow_ups') AS followUpDue,
    a.copied_from AS copiedFrom,
    (SELECT json_object('id', p.id, 'year', p.year) FROM activities p
       WHERE p.id = a.moved_from AND p.deleted_at IS NULL) AS movedFrom,
    (SELECT json_object('id', n.id, 'year', n.year) FROM activities n
       WHERE n.moved_from = a.id AND n.deleted_at IS NULL ORDER BY n.id LIMIT 1) AS movedTo,
    a.version, a.updated_at AS updatedAt,
    ${displayNameOf('a.updated_by')} AS updatedBy
  ${FROM}`;

const fromJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** An activity as read today: "Ej uppföljd" depends on the day (follow-up-state.ts). */
function toActivity(row: ActivityRow): Activity {
  const followUp = fromJson(row.followUp) as Activity['followUp'];
  return {
    ...row,
    units: JSON.parse(row.units) as Activity['units'],
    followUp,
    movedFrom: fromJson(row.movedFrom) as Activity['movedFrom'],
    movedTo: fromJson(row.movedTo) as Activity['movedTo'],
    displayStatus: activityDisplayStatus(swedishDay(new Date()), row.followUpDue, followUp),
  };
}

type ContextRow = Pick<ActivityDetail, 'periodId' | 'measureName'> & {
  goal: string;
  source: string | null;
};

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

  // Where the activity sits in its period, and the document it came from, for its own page.
  const context = db.prepare<[number], ContextRow>(
    `SELECT m.period_id AS periodId, m.name AS measureName,
       json_object('id', g.id, 'name', g.name, 'areaName', ar.name) AS goal,
       (SELECT json_object('id', d.id, 'title', d.title, 'date', d.date)
          FROM source_documents d WHERE d.id = a.source_id) AS source
     FROM activities a JOIN measures m ON m.id = a.measure_id
       JOIN goals g ON g.id = m.goal_id JOIN areas ar ON ar.id = g.area_id
     WHERE a.id = ?`,
  );
  const followUps = db
    .prepare<[number], string>(`SELECT ${FOLLOW_UP_JSON} ${followUpsOf('?')}`)
    .pluck();

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
    /** A listed activity with its goal, measure, source and every follow-up. */
    detail: (id: number): ActivityDetail | undefined => {
      const row = byId.get(id);
      if (!row) return undefined;
      const { goal, source, ...place } = context.get(id)!;
      return {
        ...toActivity(row),
        ...place,
        goal: JSON.parse(goal) as ActivityDetail['goal'],
        source: source === null ? null : (JSON.parse(source) as ActivityDetail['source']),
        followUps: followUps.all(id).map((text) => JSON.parse(text) as FollowUp),
      };
    },
  };
}
export type ActivityQueries = ReturnType<typeof createActivityQueries>;
