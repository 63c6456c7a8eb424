-- The foundation schema. Later changes go in new numbered files; never edit this one once shipped.
-- Timestamps are ISO 8601 UTC text; JSON columns hold arrays or objects, checked with json_valid.

-- The documents values were taken from (a council decision, an årsredovisning …).
CREATE TABLE source_documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')
) STRICT;

-- period = the term the council fixed goals for, e.g. 2021–2025.
CREATE TABLE periods (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  start_year INTEGER NOT NULL CHECK (start_year BETWEEN 1900 AND 2200),
  end_year INTEGER NOT NULL CHECK (end_year BETWEEN 1900 AND 2200),
  vision TEXT NOT NULL,
  source_id TEXT REFERENCES source_documents (id),
  CHECK (start_year <= end_year)
) STRICT;

-- area = strategiskt målområde.
CREATE TABLE areas (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (period_id, position),
  UNIQUE (period_id, name)
) STRICT;

-- goal = kommunövergripande verksamhetsmål.
CREATE TABLE goals (
  id INTEGER PRIMARY KEY,
  area_id INTEGER NOT NULL REFERENCES areas (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  -- "Det här menar vi med målet": JSON array of paragraphs.
  description TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(description) AND json_type(description) = 'array'),
  -- "Det här jobbar vi särskilt för": JSON array of bullets.
  focus TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(focus) AND json_type(focus) = 'array'),
  UNIQUE (area_id, position)
) STRICT;

-- measure = resultatmått. Numbers restart with every period, so they are unique per period only.
CREATE TABLE measures (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods (id),
  goal_id INTEGER NOT NULL REFERENCES goals (id),
  number INTEGER NOT NULL CHECK (number >= 1),
  name TEXT NOT NULL CHECK (name <> ''),
  statement TEXT NOT NULL,
  data_source TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('Resultat', 'Upplevd kvalitet', 'Resurs')),
  unit TEXT NOT NULL,
  scale_min REAL,
  scale_max REAL,
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 4),
  kolada_kpi TEXT,
  -- The document the current outcomes and targets were taken from.
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (period_id, number)
) STRICT;
CREATE INDEX measures_goal ON measures (goal_id);

-- outcome = utfall. value NULL means "no value published", never zero.
CREATE TABLE outcomes (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value REAL,
  status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('final', 'preliminary', 'partial')),
  note TEXT,
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT,
  UNIQUE (measure_id, year)
) STRICT;

-- target = målvärde (the end target or a yearly etappmål). value NULL means "not set yet" ("–").
CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value REAL,
  note TEXT,
  -- The decision that set the value, e.g. "KF 2020-11-30 § 123".
  decision TEXT,
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT,
  UNIQUE (measure_id, year)
) STRICT;

-- Every change to an outcome, a target or a measure definition, so no earlier value is ever lost.
-- old_state/new_state are JSON objects: {value, status, note} for outcomes, {value, note, decision}
-- for targets, the changed columns for definitions; old_state is NULL when a value is first entered.
CREATE TABLE value_history (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('outcome', 'target', 'definition')),
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  year INTEGER CHECK (year BETWEEN 1900 AND 2200),
  old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
  new_state TEXT NOT NULL CHECK (json_valid(new_state)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reason TEXT,
  CHECK ((kind = 'definition') = (year IS NULL))
) STRICT;
CREATE INDEX value_history_measure ON value_history (measure_id, kind, year);

-- The audit trail is only trustworthy if nobody, not even a buggy repository, can rewrite it.
CREATE TRIGGER value_history_no_update BEFORE UPDATE ON value_history
BEGIN
  SELECT RAISE(ABORT, 'value_history is append-only');
END;
CREATE TRIGGER value_history_no_delete BEFORE DELETE ON value_history
BEGIN
  SELECT RAISE(ABORT, 'value_history is append-only');
END;

-- A figure another document publishes for the same measure and year (e.g. an årsredovisning that
-- differs from the council table). Kept beside the current value, which it never replaces.
CREATE TABLE published_values (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  kind TEXT NOT NULL CHECK (kind IN ('outcome', 'target')),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value REAL,
  note TEXT,
  source_id TEXT NOT NULL REFERENCES source_documents (id),
  UNIQUE (measure_id, kind, year, source_id)
) STRICT;

-- unit = koncernenhet: förvaltning, bolag or förbund (KSF, SOU, LKF …).
CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;

-- activity = målaktivitet. Activities are soft-deleted so a year's plan can be audited afterwards.
CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  measure_id INTEGER NOT NULL REFERENCES measures (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  -- Row order within the measure's table for the year, as in the plan.
  position INTEGER NOT NULL CHECK (position >= 1),
  -- The responsible units exactly as written ("SOU och KSF"); activity_units holds them parsed.
  units_raw TEXT NOT NULL,
  verksamhet TEXT,
  text TEXT NOT NULL CHECK (text <> ''),
  -- Antal as written ("15", "50-75", "2,4"); antal_min/antal_max are its numeric bounds.
  antal TEXT,
  antal_min REAL,
  antal_max REAL,
  count_unit TEXT,
  comment TEXT,
  -- Follow-up: postponed = flyttad till nästa år.
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'in_progress', 'done', 'not_done', 'postponed')),
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT,
  deleted_at TEXT,
  CHECK (antal_min IS NULL OR antal_max IS NULL OR antal_min <= antal_max)
) STRICT;
CREATE UNIQUE INDEX activities_position ON activities (measure_id, year, position)
  WHERE deleted_at IS NULL;
CREATE INDEX activities_year ON activities (year);

-- An activity of several units ("SOU och KSF") has one row per unit, in the order written.
CREATE TABLE activity_units (
  activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
  unit_code TEXT NOT NULL REFERENCES units (code),
  position INTEGER NOT NULL,
  PRIMARY KEY (activity_id, unit_code),
  UNIQUE (activity_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_units_unit ON activity_units (unit_code, activity_id);
