-- Imports of outcomes and targets (from a file or from Kolada) and the organisation's settings.

-- One row: the organisation that runs this installation. municipality_code is SCB's four-digit
-- kommunkod, which Kolada names municipalities by; NULL until an administrator sets it.
CREATE TABLE organisation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  municipality_code TEXT CHECK (municipality_code IS NULL OR municipality_code GLOB '[0-9][0-9][0-9][0-9]'),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_by TEXT
) STRICT;
INSERT INTO organisation (id) VALUES (1);

-- Every import preview, and the log of those committed. The preview's rows are kept so that the
-- commit writes exactly what the user saw, based on the versions the preview read.
CREATE TABLE imports (
  -- A random token: the commit names the preview by it.
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN ('file', 'kolada')),
  -- The file's name, or "Kolada …": shown to the user and written as each value's history reason.
  name TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- JSON: the preview as shown ({notices, rows}) and the entry changes each valid row makes.
  preview TEXT NOT NULL CHECK (json_valid(preview)),
  changes TEXT NOT NULL CHECK (json_valid(changes)),
  committed_at TEXT,
  mode TEXT CHECK (mode IN ('all-or-nothing', 'valid-rows')),
  -- JSON: what the commit wrote and what it left out.
  result TEXT CHECK (result IS NULL OR json_valid(result)),
  CHECK ((committed_at IS NULL) = (mode IS NULL))
) STRICT;
CREATE INDEX imports_created ON imports (created_at);
