-- Comparison with other municipalities (issue 16.6): Kolada's figures for the whole country and a
-- comparison group, fetched by the server and stored with the time they were fetched, so that a
-- page never waits for Kolada and shows the last good figures when Kolada cannot be reached.

-- One row per KPI, place (0000 = Riket, or a municipality group's id, e.g. G37411) and year.
-- value NULL: Kolada has the year but no total (or marks it with a status).
CREATE TABLE kolada_values (
  kpi TEXT NOT NULL,
  municipality TEXT NOT NULL,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value REAL,
  -- How many municipalities a group's value is the unweighted mean of (Kolada's count).
  members INTEGER,
  fetched_at TEXT NOT NULL,
  PRIMARY KEY (kpi, municipality, year)
) STRICT;

-- The comparison's settings and the refresh's state (one row). group_id NULL: Kolada's group of
-- similar municipalities ("Liknande kommuner, övergripande") for the kommunkod, which the refresh
-- finds and keeps in resolved_group_*. last_attempt_at survives restarts, so the schedule does
-- not ask Kolada again at every start.
CREATE TABLE kolada_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  group_id TEXT,
  group_title TEXT,
  resolved_group_id TEXT,
  resolved_group_title TEXT,
  resolved_for TEXT,
  last_attempt_at TEXT,
  last_success_at TEXT,
  last_error TEXT,
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by TEXT,
  updated_at TEXT
) STRICT;
INSERT INTO kolada_settings (id) VALUES (1);
