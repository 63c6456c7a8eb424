-- Failed sign-ins per username are counted from the audit log, which records each one.
CREATE INDEX audit_log_action_subject_at ON audit_log (action, subject, at);

-- A browser a user has signed in from before (a cookie holding a random token; only its hash is
-- stored). While a username is locked by too many failed attempts, such a browser may still
-- try: an attacker guessing the password cannot lock its owner out.
CREATE TABLE trusted_devices (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX trusted_devices_user ON trusted_devices (user_id);
