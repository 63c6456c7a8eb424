import {
  activityDisplayStatus,
  swedishDay,
  type Activity,
  type ActivityDetail,
  maySeeDrafts,
  type FollowUp,
  type User,
} from '@malbild/shared';
import type { Db } from './connection';
import { displayNameOf } from './people';

type ActivityRow = Omit<
  Activity,
  'units' | 'status' | 'followUp' | 'movedFrom' | 'movedTo' | 'displayStatus' | 'draft'
> & {
  units: string;
  followUp: string | null;
  movedFrom: string | null;
  movedTo: string | null;
  draftPlan: Exclude<Activity['draft'], null>['plan'];
  draftFollowUp: 0 | 1 | null;
};

/**
 * Who reads (decision 019): the public reads the plans and follow-ups as last published; a
 * signed-in user who may see drafts (maySeeDrafts) reads the working copy, marked where it
 * differs from what is published.
 */
export type ActivityView = 'published' | 'working';

export const activityViewOf = (user: User | null | undefined): ActivityView =>
  maySeeDrafts(user) ? 'working' : 'published';

export interface ActivityFilter {
  periodId: number;
  year?: number | undefined;
  measure?: number | undefined;
  unit?: string | undefined;
  view: ActivityView;
}

// SQLite needs every named parameter bound; null means "no filter".
type ActivityParams = {
  periodId: number;
  year: number | null;
  measure: number | null;
  unit: string | null;
};

/**
 * Where a view's rows are: the working tables, or their copies as published (the same columns;
 * a published row stays after its activity was removed, until the plan is published again).
 */
interface Source {
  activities: string;
  units: string;
  /** SQL: whether row `alias` of `activities` is listed. */
  listed: (alias: string) => string;
  /** SQL: the follow-ups (alias f) of activity `id` this view reads. */
  followUpsOf: (id: string) => string;
  /** SQL: what of row a is not published yet (plan), and whether its follow-up is (followUp). */
  draft: { plan: string; followUp: string };
}

const unitList = (table: string, id: string) =>
  `(SELECT group_concat(unit_code) FROM (SELECT unit_code FROM ${table} WHERE activity_id = ${id} ORDER BY position))`;
const CONTENT = ['measure_id', 'units_raw', 'verksamhet', 'text', 'antal', 'count_unit', 'comment'];

export const SOURCES: Record<ActivityView, Source> = {
  working: {
    activities: 'activities',
    units: 'activity_units',
    listed: (alias) => `${alias}.deleted_at IS NULL`,
    followUpsOf: (id) => `f.activity_id = ${id}`,
    draft: {
      plan: `(SELECT CASE WHEN p.id IS NULL THEN 'new'
          WHEN ${CONTENT.map((c) => `p.${c} IS NOT a.${c}`).join(' OR ')}
            OR ${unitList('published_activity_units', 'p.id')} IS NOT ${unitList('activity_units', 'a.id')}
          THEN 'changed' END
        FROM (SELECT 1) LEFT JOIN published_activities p ON p.id = a.id)`,
      followUp: `(SELECT max(f.id) FROM activity_follow_ups f WHERE f.activity_id = a.id)
        IS NOT (SELECT pf.follow_up_id FROM published_follow_ups pf WHERE pf.activity_id = a.id)`,
    },
  },
  published: {
    activities: 'published_activities',
    units: 'published_activity_units',
    listed: () => 'true',
    followUpsOf: (id) => `f.activity_id = ${id} AND f.id <= (
      SELECT pf.follow_up_id FROM published_follow_ups pf WHERE pf.activity_id = ${id})`,
    draft: { plan: 'NULL', followUp: 'NULL' },
  },
};

const filterOf = (source: Source) => `
  ${source.listed('a')}
  AND m.period_id = @periodId
  AND (@year IS NULL OR a.year = @year)
  AND (@measure IS NULL OR m.number = @measure)
  AND (@unit IS NULL OR EXISTS (
    SELECT 1 FROM ${source.units} au WHERE au.activity_id = a.id AND au.unit_code = @unit))`;
const fromOf = (source: Source) =>
  `FROM ${source.activities} a JOIN measures m ON m.id = a.measure_id`;
const ORDER = 'ORDER BY a.year, m.number, a.position';

// The newest follow-up is the activity's current one; older ones stay as they were reported. One
// read from a document is by that document, with its page.
const FOLLOW_UP_JSON = `json_object('status', f.status, 'comment', f.comment, 'date', f.dated,
    'by', coalesce(d.title, ${displayNameOf('f.created_by')}), 'at', f.created_at,
    'source', CASE WHEN d.id IS NULL THEN NULL ELSE json_object('id', d.id,
      'title', d.title, 'date', d.date, 'page', f.source_page) END)`;
const followUpsFrom = (source: Source, activityId: string) => `
  FROM activity_follow_ups f LEFT JOIN source_documents d ON d.id = f.source_id
  WHERE ${source.followUpsOf(activityId)} ORDER BY f.id DESC`;

const selectActivity = (source: Source) => `
  SELECT a.id, a.year, m.number AS measureNumber, a.position,
    (SELECT json_group_array(unit_code)
       FROM (SELECT unit_code FROM ${source.units} WHERE activity_id = a.id ORDER BY position)) AS units,
    a.units_raw AS unitsRaw, a.verksamhet, a.text, a.antal, a.antal_min AS antalMin,
    a.antal_max AS antalMax, a.count_unit AS countUnit, a.comment,
    (SELECT ${FOLLOW_UP_JSON} ${followUpsFrom(source, 'a.id')} LIMIT 1) AS followUp,
    (SELECT d.due_date FROM deadlines d
       WHERE d.period_id = m.period_id AND d.year = a.year AND d.kind = 'annual_follow_ups') AS followUpDue,
    a.copied_from AS copiedFrom,
    (SELECT json_object('id', p.id, 'year', p.year) FROM ${source.activities} p
       WHERE p.id = a.moved_from AND ${source.listed('p')}) AS movedFrom,
    (SELECT json_object('id', n.id, 'year', n.year) FROM ${source.activities} n
       WHERE n.moved_from = a.id AND ${source.listed('n')} ORDER BY n.id LIMIT 1) AS movedTo,
    a.version, a.updated_at AS updatedAt,
    ${displayNameOf('a.updated_by')} AS updatedBy,
    ${source.draft.plan} AS draftPlan, ${source.draft.followUp} AS draftFollowUp
  ${fromOf(source)}`;

const fromJson = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** An activity as read today: "Ej uppföljd" depends on the day (follow-up-state.ts). */
function toActivity({ draftPlan, draftFollowUp, ...row }: ActivityRow): Activity {
  const followUp = fromJson(row.followUp) as Activity['followUp'];
  return {
    ...row,
    units: JSON.parse(row.units) as Activity['units'],
    // activities.status mirrors the newest follow-up; a published row has the published one's.
    status: followUp?.status ?? 'planned',
    followUp,
    movedFrom: fromJson(row.movedFrom) as Activity['movedFrom'],
    movedTo: fromJson(row.movedTo) as Activity['movedTo'],
    displayStatus: activityDisplayStatus(swedishDay(new Date()), row.followUpDue, followUp),
    draft:
      draftPlan === null && !draftFollowUp
        ? null
        : { plan: draftPlan, followUp: draftFollowUp === 1 },
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

/** The statements of one view. */
function prepareView(db: Db, source: Source) {
  const select = selectActivity(source);
  const filter = filterOf(source);
  const from = fromOf(source);
  return {
    list: db.prepare<ActivityParams, ActivityRow>(`${select} WHERE ${filter} ${ORDER}`),
    count: db.prepare<ActivityParams, number>(`SELECT count(*) ${from} WHERE ${filter}`).pluck(),
    // The page's ids are chosen first, so the units and follow-up of only those rows are read.
    page: db.prepare<ActivityParams & { limit: number; offset: number }, ActivityRow>(
      `${select}
       WHERE a.id IN (SELECT a.id ${from} WHERE ${filter} ${ORDER} LIMIT @limit OFFSET @offset)
       ${ORDER}`,
    ),
    byId: db.prepare<[number], ActivityRow>(`${select} WHERE a.id = ? AND ${source.listed('a')}`),
    followUps: db
      .prepare<{ id: number }, string>(`SELECT ${FOLLOW_UP_JSON} ${followUpsFrom(source, '@id')}`)
      .pluck(),
  };
}

// activity = målaktivitet; soft-deleted rows are never listed in the working view.
export function createActivityQueries(db: Db) {
  const views = {
    published: prepareView(db, SOURCES.published),
    working: prepareView(db, SOURCES.working),
  };
  const params = ({ periodId, year, measure, unit }: ActivityFilter): ActivityParams => ({
    periodId,
    year: year ?? null,
    measure: measure ?? null,
    unit: unit ?? null,
  });

  // Where the activity sits in its period, and the document it came from, for its own page.
  const context = db.prepare<{ id: number; view: ActivityView }, ContextRow>(
    `SELECT m.period_id AS periodId, m.name AS measureName,
       json_object('id', g.id, 'name', g.name, 'areaName', ar.name) AS goal,
       (SELECT json_object('id', d.id, 'title', d.title, 'date', d.date)
          FROM source_documents d WHERE d.id = a.source_id) AS source
     FROM activities a
       LEFT JOIN published_activities p ON p.id = a.id AND @view = 'published'
       JOIN measures m ON m.id = coalesce(p.measure_id, a.measure_id)
       JOIN goals g ON g.id = m.goal_id JOIN areas ar ON ar.id = g.area_id
     WHERE a.id = @id`,
  );

  const get = (id: number, view: ActivityView): Activity | undefined => {
    const row = views[view].byId.get(id);
    return row && toActivity(row);
  };

  return {
    /** Every matching activity: for exports and a unit's plan, which are bounded by the filter. */
    list: (filter: ActivityFilter): Activity[] =>
      views[filter.view].list.all(params(filter)).map(toActivity),
    /** One page of the matching activities, in list order, with how many match in all. */
    page: (filter: ActivityFilter, limit: number, offset: number): ActivityPage => ({
      total: views[filter.view].count.get(params(filter))!,
      activities: views[filter.view].page.all({ ...params(filter), limit, offset }).map(toActivity),
    }),
    /** A listed activity in the view (the writes read the working one). */
    get,
    /** A listed activity with its goal, measure, source and every follow-up the view reads. */
    detail: (id: number, view: ActivityView): ActivityDetail | undefined => {
      const activity = get(id, view);
      if (!activity) return undefined;
      const { goal, source, ...place } = context.get({ id, view })!;
      return {
        ...activity,
        ...place,
        goal: JSON.parse(goal) as ActivityDetail['goal'],
        source: source === null ? null : (JSON.parse(source) as ActivityDetail['source']),
        followUps: views[view].followUps.all({ id }).map((text) => JSON.parse(text) as FollowUp),
      };
    },
  };
}
export type ActivityQueries = ReturnType<typeof createActivityQueries>;
