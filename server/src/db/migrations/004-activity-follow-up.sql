-- Units keep their plan för målaktiviteter in the app: every change to an activity is kept, and
-- each activity is followed up with a status and a dated comment. Seeded activities are untouched.

-- Which activity of an earlier year this one was carried over from ("kopiera till nästa år"), so
-- the same activity is not copied into a year twice and the history shows where it came from.
ALTER TABLE activities ADD COLUMN copied_from INTEGER REFERENCES activities (id);
CREATE INDEX activities_copied_from ON activities (copied_from) WHERE copied_from IS NOT NULL;

-- Every change to an activity, as value_history is for outcomes and targets. States are JSON
-- objects: the whole activity for created/changed/removed, {status, comment, date} for status.
CREATE TABLE activity_history (
  id INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL REFERENCES activities (id),
  action TEXT NOT NULL CHECK (action IN ('created', 'changed', 'removed', 'status')),
  old_state TEXT CHECK (old_state IS NULL OR json_valid(old_state)),
  new_state TEXT CHECK (new_state IS NULL OR json_valid(new_state)),
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  reason TEXT,
  -- Created has nothing before it, removed nothing after it; the others have both.
  CHECK ((old_state IS NULL) = (action = 'created')),
  CHECK ((new_state IS NULL) = (action = 'removed'))
) STRICT;
CREATE INDEX activity_history_activity ON activity_history (activity_id, id);

CREATE TRIGGER activity_history_no_update BEFORE UPDATE ON activity_history
BEGIN
  SELECT RAISE(ABORT, 'activity_history is append-only');
END;
CREATE TRIGGER activity_history_no_delete BEFORE DELETE ON activity_history
BEGIN
  SELECT RAISE(ABORT, 'activity_history is append-only');
END;

-- Uppföljning: the status an editor reported, with a comment, for a date. The newest row is the
-- activity's current follow-up (activities.status holds its status for filtering and counting);
-- older rows are the follow-ups of earlier reports and are never rewritten.
CREATE TABLE activity_follow_ups (
  id INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL REFERENCES activities (id),
  status TEXT NOT NULL
    CHECK (status IN ('planned', 'in_progress', 'done', 'not_done', 'postponed')),
  comment TEXT,
  dated TEXT NOT NULL CHECK (dated GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX activity_follow_ups_activity ON activity_follow_ups (activity_id, id);

CREATE TRIGGER activity_follow_ups_no_update BEFORE UPDATE ON activity_follow_ups
BEGIN
  SELECT RAISE(ABORT, 'activity_follow_ups is append-only');
END;
CREATE TRIGGER activity_follow_ups_no_delete BEFORE DELETE ON activity_follow_ups
BEGIN
  SELECT RAISE(ABORT, 'activity_follow_ups is append-only');
END;
