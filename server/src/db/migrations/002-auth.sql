-- Accounts, roles and server-side sessions. Reading stays public; every write needs a session.

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE CHECK (username GLOB '[a-z0-9._-]*' AND length(username) BETWEEN 2 AND 40),
  display_name TEXT NOT NULL,
  -- scrypt$N$r$p$salt$hash (base64); never logged, never returned by the API.
  password_hash TEXT NOT NULL,
  disabled_at TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;

CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'controller', 'unit_editor')),
  PRIMARY KEY (user_id, role)
) STRICT, WITHOUT ROWID;

-- The units whose activities a unit editor may change.
CREATE TABLE user_units (
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  unit_code TEXT NOT NULL REFERENCES units (code),
  PRIMARY KEY (user_id, unit_code)
) STRICT, WITHOUT ROWID;

-- Only a hash of the session token is stored, so a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);

-- Sign-ins, sign-outs and changes to accounts: who did what, when. Append-only.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor TEXT,
  action TEXT NOT NULL,
  subject TEXT,
  detail TEXT CHECK (detail IS NULL OR json_valid(detail))
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
