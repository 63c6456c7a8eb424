-- The municipality's profile, and organisation units that change over the years. Every existing
-- value stays as it is: the new columns start empty (or at the licence the site always promised,
-- "fritt att använda": CC0), and every unit starts active in every year.

-- The profile. name is NULL until the seed or an administrator sets it; the site then shows no
-- municipality's name rather than a guessed one.
ALTER TABLE organisation ADD COLUMN name TEXT CHECK (name IS NULL OR name <> '');
ALTER TABLE organisation ADD COLUMN contact_email TEXT;
ALTER TABLE organisation ADD COLUMN contact_phone TEXT;
ALTER TABLE organisation ADD COLUMN web_address TEXT;
ALTER TABLE organisation ADD COLUMN licence TEXT NOT NULL DEFAULT 'CC0-1.0'
  CHECK (licence IN ('CC0-1.0', 'CC-BY-4.0'));
-- The tillgänglighetsredogörelse's text; NULL shows the outline the law asks for.
ALTER TABLE organisation ADD COLUMN accessibility_statement TEXT;
ALTER TABLE organisation ADD COLUMN logo BLOB;
-- The logo's digest: its address carries it, so a browser may keep a logo until it changes.
ALTER TABLE organisation ADD COLUMN logo_digest TEXT;
ALTER TABLE organisation ADD COLUMN logo_type TEXT
  CHECK (logo_type IS NULL OR logo_type IN ('image/png', 'image/jpeg', 'image/webp'));

-- unit = koncernenhet. A unit is active from active_from through active_until (NULL: no bound);
-- a retired unit keeps its row and its activities for the years it had them. A unit merged into
-- another names it in merged_into, and its activities were moved there.
ALTER TABLE units ADD COLUMN active_from INTEGER CHECK (active_from BETWEEN 1900 AND 2200);
ALTER TABLE units ADD COLUMN active_until INTEGER CHECK (active_until BETWEEN 1900 AND 2200);
ALTER TABLE units ADD COLUMN merged_into TEXT REFERENCES units (code);
ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

-- Every change to a unit (created, renamed, retired, reactivated, merged into or from another).
-- States are JSON objects of the unit's fields; a rename's old_state keeps the former name, and
-- its changed_at the date that name ended.
CREATE TABLE unit_history (
  id INTEGER PRIMARY KEY,
  unit_code TEXT NOT NULL REFERENCES units (code),
  action TEXT NOT NULL
    CHECK (action IN ('created', 'renamed', 'retired', 'reactivated', 'merged_into', 'merged_from')),
  old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
  new_state TEXT NOT NULL CHECK (json_valid(new_state)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reason TEXT,
  CHECK ((old_state IS NULL) = (action = 'created'))
) STRICT;
CREATE INDEX unit_history_unit ON unit_history (unit_code, id);

CREATE TRIGGER unit_history_no_update BEFORE UPDATE ON unit_history
BEGIN
  SELECT RAISE(ABORT, 'unit_history is append-only');
END;
CREATE TRIGGER unit_history_no_delete BEFORE DELETE ON unit_history
BEGIN
  SELECT RAISE(ABORT, 'unit_history is append-only');
END;
