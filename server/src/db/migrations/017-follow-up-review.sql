-- The follow-up's analyses, judgements and approval (decision 017). New tables only; every plan
-- that exists is marked published, so what the public saw stays public.

-- "Analys och kommentar" per measure, year and occasion (delår, helår), as markdown. The working
-- text is the draft under review; the published text is what the public reads, kept until the
-- next publishing replaces it.
CREATE TABLE analyses (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  year INTEGER NOT NULL,
  occasion TEXT NOT NULL CHECK (occasion IN ('interim', 'annual')),
  text TEXT NOT NULL CHECK (length(text) > 0),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved', 'published')),
  published_text TEXT,
  published_at TEXT,
  published_by TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updated_by TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (measure_id, year, occasion),
  CHECK ((published_text IS NULL) = (published_at IS NULL))
) STRICT;

-- helhetsbedömning of a goal (verksamhetsmål) or an area (målområde) for a year.
CREATE TABLE judgements (
  id INTEGER PRIMARY KEY,
  goal_id INTEGER REFERENCES goals (id),
  area_id INTEGER REFERENCES areas (id),
  year INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('met', 'partly_met', 'not_met', 'not_assessable')),
  reason TEXT NOT NULL CHECK (length(reason) > 0),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved', 'published')),
  published_level TEXT CHECK (published_level IN ('met', 'partly_met', 'not_met', 'not_assessable')),
  published_reason TEXT,
  published_at TEXT,
  published_by TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updated_by TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((goal_id IS NULL) <> (area_id IS NULL)),
  CHECK ((published_level IS NULL) = (published_at IS NULL))
) STRICT;
CREATE UNIQUE INDEX judgements_goal ON judgements (goal_id, year) WHERE goal_id IS NOT NULL;
CREATE UNIQUE INDEX judgements_area ON judgements (area_id, year) WHERE area_id IS NOT NULL;

-- A unit's plan för målaktiviteter (kind plan) or its follow-up (kind follow_up) of a year in
-- a period, under the workflow. The public reads a unit's plan of a year once it is published.
CREATE TABLE unit_reviews (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods (id),
  unit_code TEXT NOT NULL REFERENCES units (code),
  year INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('plan', 'follow_up')),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'returned', 'approved', 'published')),
  -- Once published, the plan stays public while a new round of changes is reviewed.
  published_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updated_by TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (period_id, unit_code, year, kind)
) STRICT;

-- A year whose follow-up a controller has closed: its analyses, judgements and activity
-- follow-ups are read-only until a controller reopens it (the row is then removed; the history
-- below keeps both steps).
CREATE TABLE follow_up_locks (
  period_id INTEGER NOT NULL REFERENCES periods (id),
  year INTEGER NOT NULL,
  locked_by TEXT,
  locked_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (period_id, year)
) STRICT;

-- Every edit and step of the workflow: who, when, from → to, comment. subject_id has no
-- reference, so the history of a removed subject stays. kind year: a year locked or reopened
-- (subject_id is then the period's id).
CREATE TABLE review_history (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('analysis', 'judgement', 'plan', 'follow_up', 'year')),
  subject_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  action TEXT NOT NULL
    CHECK (action IN ('edit', 'submit', 'approve', 'return', 'publish', 'lock', 'unlock')),
  from_state TEXT,
  to_state TEXT,
  comment TEXT,
  content TEXT CHECK (content IS NULL OR json_valid(content)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX review_history_subject ON review_history (kind, subject_id, id);
CREATE TRIGGER review_history_no_update BEFORE UPDATE ON review_history
BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;
CREATE TRIGGER review_history_no_delete BEFORE DELETE ON review_history
BEGIN
  SELECT RAISE(ABORT, 'review_history is append-only');
END;

-- The plans and follow-ups that exist were public before the workflow: published, as before.
INSERT INTO unit_reviews (period_id, unit_code, year, kind, state, published_at, updated_by)
SELECT DISTINCT m.period_id, au.unit_code, a.year, kinds.kind, 'published',
  strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
FROM activities a
JOIN measures m ON m.id = a.measure_id
JOIN activity_units au ON au.activity_id = a.id
CROSS JOIN (SELECT 'plan' AS kind UNION ALL SELECT 'follow_up') kinds
WHERE a.deleted_at IS NULL;
