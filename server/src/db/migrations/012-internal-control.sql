-- Intern kontroll (docs/decisions/008): risk analyses, plans with kontrollpunkter, and their
-- follow-up per unit. New tables only; nothing existing changes.

-- A year's plans and follow-up summary are public records once an admin publishes the year;
-- until then only signed-in users read them.
CREATE TABLE control_years (
  year INTEGER PRIMARY KEY,
  published_at TEXT,
  published_by TEXT
) STRICT;

-- risk = a row of a risk analysis; unit_code NULL is the kommunkoncern's analysis. riskpoäng is
-- sannolikhet × konsekvens and is never stored.
CREATE TABLE control_risks (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  unit_code TEXT REFERENCES units (code),
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(text) > 0),
  process TEXT,
  regulation TEXT,
  period TEXT,
  method TEXT,
  sannolikhet INTEGER NOT NULL CHECK (sannolikhet BETWEEN 1 AND 4),
  konsekvens INTEGER NOT NULL CHECK (konsekvens BETWEEN 1 AND 4),
  control_point INTEGER NOT NULL CHECK (control_point IN (0, 1)),
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX control_risks_level ON control_risks (year, unit_code, position);

-- One plan per year and level; unit_code NULL is the kommunövergripande plan.
CREATE TABLE control_plans (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  unit_code TEXT REFERENCES units (code),
  status TEXT NOT NULL CHECK (status IN ('draft', 'decided')),
  date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  decision_paragraph TEXT,
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1,
  CHECK (status = 'draft' OR (date IS NOT NULL AND decision_paragraph IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX control_plans_level ON control_plans (year, coalesce(unit_code, ''));

-- kontrollpunkt. A unit plan's row of a common kontrollpunkt names it (common_id).
CREATE TABLE control_points (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES control_plans (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL CHECK (length(text) > 0),
  regulation TEXT,
  period TEXT,
  method TEXT,
  responsible TEXT,
  time_estimate TEXT,
  deadline_follow_up TEXT
    CHECK (deadline_follow_up IS NULL OR deadline_follow_up GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  deadline_report TEXT
    CHECK (deadline_report IS NULL OR deadline_report GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  common_id INTEGER REFERENCES control_points (id),
  risk_id INTEGER REFERENCES control_risks (id)
) STRICT;
CREATE INDEX control_points_plan ON control_points (plan_id, position);

-- Earlier states of a plan (the proposal before the decision), as published or as saved.
CREATE TABLE control_plan_history (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES control_plans (id),
  status TEXT NOT NULL CHECK (status IN ('draft', 'decided')),
  date TEXT NOT NULL,
  decision_paragraph TEXT,
  control_points TEXT NOT NULL CHECK (json_valid(control_points)),
  source_id TEXT REFERENCES source_documents (id),
  recorded_by TEXT,
  recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX control_plan_history_plan ON control_plan_history (plan_id, id);

-- Uppföljning of a kontrollpunkt by a unit: a common one is followed up against the
-- kommunövergripande plan's row, so the koncern's summary counts every unit's.
CREATE TABLE control_follow_ups (
  id INTEGER PRIMARY KEY,
  control_point_id INTEGER NOT NULL REFERENCES control_points (id),
  unit_code TEXT NOT NULL REFERENCES units (code),
  checked TEXT NOT NULL,
  how TEXT NOT NULL,
  sample_size INTEGER CHECK (sample_size IS NULL OR sample_size >= 0),
  findings TEXT NOT NULL,
  assessment TEXT NOT NULL
    CHECK (assessment IN ('no_remarks', 'deficiencies', 'serious_deficiencies')),
  version INTEGER NOT NULL DEFAULT 1,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (control_point_id, unit_code)
) STRICT;

-- åtgärd against what a follow-up found; saved with its follow-up, which sends them all.
CREATE TABLE control_actions (
  id INTEGER PRIMARY KEY,
  follow_up_id INTEGER NOT NULL REFERENCES control_follow_ups (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  owner TEXT NOT NULL,
  due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done'))
) STRICT;
CREATE INDEX control_actions_follow_up ON control_actions (follow_up_id, position);

-- Every change to risks, plans, follow-ups and publications, as activity_history is for
-- activities: the whole state before and after as JSON, who and when.
CREATE TABLE control_history (
  id INTEGER PRIMARY KEY,
  subject TEXT NOT NULL CHECK (subject IN ('risk', 'plan', 'follow_up', 'year')),
  subject_key TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'changed', 'decided', 'published', 'unpublished')),
  old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
  new_state TEXT CHECK (new_state IS NULL OR json_valid(new_state)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX control_history_subject ON control_history (subject, subject_key, id);

CREATE TRIGGER control_history_no_update BEFORE UPDATE ON control_history
BEGIN
  SELECT RAISE(ABORT, 'control_history is append-only');
END;
CREATE TRIGGER control_history_no_delete BEFORE DELETE ON control_history
BEGIN
  SELECT RAISE(ABORT, 'control_history is append-only');
END;
CREATE TRIGGER control_plan_history_no_update BEFORE UPDATE ON control_plan_history
BEGIN
  SELECT RAISE(ABORT, 'control_plan_history is append-only');
END;
CREATE TRIGGER control_plan_history_no_delete BEFORE DELETE ON control_plan_history
BEGIN
  SELECT RAISE(ABORT, 'control_plan_history is append-only');
END;
