-- An import preview of 10 000 rows is megabytes of JSON: writing it held the event loop for a
-- tenth of a second and more. preview and changes are now gzip-compressed JSON, compressed and
-- read off the event loop (db/imports.ts). Rows from before this migration keep their plain
-- JSON, as bytes; the reader tells the two apart by gzip's first two bytes.
CREATE TABLE imports_new (
  id TEXT PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN ('file', 'kolada')),
  name TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  preview BLOB NOT NULL,
  changes BLOB NOT NULL,
  committed_at TEXT,
  mode TEXT CHECK (mode IN ('all-or-nothing', 'valid-rows')),
  result TEXT CHECK (result IS NULL OR json_valid(result)),
  CHECK ((committed_at IS NULL) = (mode IS NULL))
) STRICT;
INSERT INTO imports_new
  SELECT id, source, name, created_by, created_at, CAST(preview AS BLOB), CAST(changes AS BLOB),
    committed_at, mode, result
  FROM imports;
DROP TABLE imports;
ALTER TABLE imports_new RENAME TO imports;
CREATE INDEX imports_created ON imports (created_at);
