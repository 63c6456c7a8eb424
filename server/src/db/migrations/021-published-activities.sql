-- The public reads a unit's plan and its follow-up as last published (decision 019): a copy of
-- each activity row taken when a plan is published, and a pointer to the follow-up that was
-- newest when the follow-up was published. Editors keep working in activities and
-- activity_follow_ups; nothing there changes. What the public saw before stays public: every
-- activity of a published plan is copied as it is now, and every activity's newest follow-up
-- is the published one.

-- An activity as its plan was published; removed from the working plan, it stays here (and
-- public) until its unit's plan is published again. Columns as in activities; id is its id.
CREATE TABLE published_activities (
  id INTEGER PRIMARY KEY REFERENCES activities (id),
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  year INTEGER NOT NULL,
  position INTEGER NOT NULL,
  units_raw TEXT NOT NULL,
  verksamhet TEXT,
  text TEXT NOT NULL,
  antal TEXT,
  antal_min REAL,
  antal_max REAL,
  count_unit TEXT,
  comment TEXT,
  copied_from INTEGER REFERENCES activities (id),
  moved_from INTEGER REFERENCES activities (id),
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT,
  published_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX published_activities_measure ON published_activities (measure_id, year);

-- The published activity's units, as activity_units holds the working ones.
CREATE TABLE published_activity_units (
  activity_id INTEGER NOT NULL REFERENCES published_activities (id) ON DELETE CASCADE,
  unit_code TEXT NOT NULL REFERENCES units (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (activity_id, unit_code)
) STRICT, WITHOUT ROWID;
CREATE INDEX published_activity_units_unit ON published_activity_units (unit_code, activity_id);

-- The follow-up of an activity the public reads: the newest one when its unit's follow-up was
-- published. Later follow-ups are drafts until the next publishing.
CREATE TABLE published_follow_ups (
  activity_id INTEGER PRIMARY KEY REFERENCES activities (id),
  follow_up_id INTEGER NOT NULL REFERENCES activity_follow_ups (id)
) STRICT;

INSERT INTO published_activities (id, measure_id, year, position, units_raw, verksamhet, text,
  antal, antal_min, antal_max, count_unit, comment, copied_from, moved_from, version,
  updated_at, updated_by)
SELECT a.id, a.measure_id, a.year, a.position, a.units_raw, a.verksamhet, a.text, a.antal,
  a.antal_min, a.antal_max, a.count_unit, a.comment, a.copied_from, a.moved_from, a.version,
  a.updated_at, a.updated_by
FROM activities a JOIN measures m ON m.id = a.measure_id
WHERE a.deleted_at IS NULL AND EXISTS (
  SELECT 1 FROM activity_units au JOIN unit_reviews r ON r.unit_code = au.unit_code
  WHERE au.activity_id = a.id AND r.period_id = m.period_id AND r.year = a.year
    AND r.kind = 'plan' AND r.published_at IS NOT NULL);

INSERT INTO published_activity_units (activity_id, unit_code, position)
SELECT au.activity_id, au.unit_code, au.position
FROM activity_units au JOIN published_activities p ON p.id = au.activity_id;

INSERT INTO published_follow_ups (activity_id, follow_up_id)
SELECT activity_id, max(id) FROM activity_follow_ups GROUP BY activity_id;
