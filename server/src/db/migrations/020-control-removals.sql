-- Risks and kontrollpunkter can be removed in the app (issue 17), with an optional reason: the
-- history records the removal ('removed', the state before, why). SQLite cannot widen a CHECK,
-- so control_history is rebuilt with every row, id and time kept, and its append-only triggers
-- made again (nothing references it).
CREATE TABLE control_history_new (
  id INTEGER PRIMARY KEY,
  subject TEXT NOT NULL CHECK (subject IN ('risk', 'plan', 'follow_up', 'year')),
  subject_key TEXT NOT NULL,
  action TEXT NOT NULL
    CHECK (action IN ('created', 'changed', 'decided', 'published', 'unpublished', 'removed')),
  old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
  new_state TEXT CHECK (new_state IS NULL OR json_valid(new_state)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reason TEXT
) STRICT;
INSERT INTO control_history_new
    (id, subject, subject_key, action, old_state, new_state, changed_by, changed_at)
  SELECT id, subject, subject_key, action, old_state, new_state, changed_by, changed_at
  FROM control_history;
DROP TABLE control_history;
ALTER TABLE control_history_new RENAME TO control_history;
CREATE INDEX control_history_subject ON control_history (subject, subject_key, id);

CREATE TRIGGER control_history_no_update BEFORE UPDATE ON control_history
BEGIN
  SELECT RAISE(ABORT, 'control_history is append-only');
END;
CREATE TRIGGER control_history_no_delete BEFORE DELETE ON control_history
BEGIN
  SELECT RAISE(ABORT, 'control_history is append-only');
END;
