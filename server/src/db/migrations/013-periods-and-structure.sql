-- Periods with a lifecycle, the structure edited in the app, and measure lineage (decision 009).

-- planning = being prepared (public only when marked so, shown as "Förslag"); active = public;
-- closed = read-only, corrected only by an administrator with a reason. Existing periods were
-- decided by the council and shown to the public: they are active.
ALTER TABLE periods ADD COLUMN status TEXT NOT NULL DEFAULT 'planning'
  CHECK (status IN ('planning', 'active', 'closed'));
ALTER TABLE periods ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1));
ALTER TABLE periods ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
UPDATE periods SET status = 'active';

ALTER TABLE areas ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE goals ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- A series is one measure's time series across periods: a measure that continues a measure of an
-- earlier period belongs to its series, and the outcomes belong to the series, so the same
-- outcome is stored once. Every existing measure starts a series of its own, numbered as it.
CREATE TABLE series (id INTEGER PRIMARY KEY) STRICT;
INSERT INTO series (id) SELECT id FROM measures;

ALTER TABLE measures ADD COLUMN series_id INTEGER REFERENCES series (id);
UPDATE measures SET series_id = id;
-- The measure of an earlier period this one continues (same series), when it does.
ALTER TABLE measures ADD COLUMN continues_id INTEGER REFERENCES measures (id);
-- The sammankallande unit, which leads the measure's working group.
ALTER TABLE measures ADD COLUMN responsible_unit TEXT REFERENCES units (code);
-- A measure with data is never deleted: it is retired, and keeps its outcomes, targets and activities.
ALTER TABLE measures ADD COLUMN retired_at TEXT;
CREATE INDEX measures_series ON measures (series_id);
-- ADD COLUMN cannot add NOT NULL with a reference: these triggers hold the rule instead.
CREATE TRIGGER measures_series_on_insert BEFORE INSERT ON measures WHEN NEW.series_id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a measure belongs to a series');
END;
CREATE TRIGGER measures_series_on_update BEFORE UPDATE OF series_id ON measures
  WHEN NEW.series_id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a measure belongs to a series');
END;

-- The outcomes, moved from the measure to its series with every column, id and version kept.
CREATE TABLE series_outcomes (
  id INTEGER PRIMARY KEY,
  series_id INTEGER NOT NULL REFERENCES series (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  value REAL,
  status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('final', 'preliminary', 'partial')),
  note TEXT,
  data_source TEXT,
  source_id TEXT REFERENCES source_documents (id),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT,
  UNIQUE (series_id, year)
) STRICT;
INSERT INTO series_outcomes
    (id, series_id, year, value, status, note, data_source, source_id, version, updated_at, updated_by)
  SELECT id, measure_id, year, value, status, note, data_source, source_id, version, updated_at,
    updated_by
  FROM outcomes;
DROP TABLE outcomes;
ALTER TABLE series_outcomes RENAME TO outcomes;
CREATE INDEX outcomes_year ON outcomes (year) WHERE value IS NOT NULL;

-- Every change to a period and its structure (areas, goals, measures added, changed, moved,
-- retired, removed): who, when, old → new, why. subject_id has no reference, so the history of
-- a removed area, goal or measure stays. Measure definitions keep theirs in value_history.
CREATE TABLE structure_history (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods (id),
  subject TEXT NOT NULL CHECK (subject IN ('period', 'area', 'goal', 'measure')),
  subject_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('created', 'changed', 'moved', 'retired', 'removed')),
  old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
  new_state TEXT CHECK (new_state IS NULL OR json_valid(new_state)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reason TEXT
) STRICT;
CREATE INDEX structure_history_period ON structure_history (period_id, id);
CREATE TRIGGER structure_history_no_update BEFORE UPDATE ON structure_history
BEGIN
  SELECT RAISE(ABORT, 'structure_history is append-only');
END;
CREATE TRIGGER structure_history_no_delete BEFORE DELETE ON structure_history
BEGIN
  SELECT RAISE(ABORT, 'structure_history is append-only');
END;
