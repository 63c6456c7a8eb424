-- Deadlines, reminders and users' e-mail (issue 15.4, decision 018).

-- The calendar: per period, year and milestone (e.g. the helår outcomes, the delår follow-up of
-- the activities) the day by which it is due. A row without a date is a date that was removed:
-- the row keeps its version, so two editors cannot both set the first date.
CREATE TABLE deadlines (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  kind TEXT NOT NULL CHECK (kind IN ('plans', 'interim_outcomes', 'interim_analyses',
    'interim_follow_ups', 'annual_outcomes', 'annual_analyses', 'annual_follow_ups')),
  due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (period_id, year, kind)
) STRICT;

-- Every change of a date: who, when, old → new.
CREATE TABLE deadline_history (
  id INTEGER PRIMARY KEY,
  deadline_id INTEGER NOT NULL REFERENCES deadlines (id),
  old_date TEXT,
  new_date TEXT,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX deadline_history_deadline ON deadline_history (deadline_id, id);
CREATE TRIGGER deadline_history_no_update BEFORE UPDATE ON deadline_history
BEGIN
  SELECT RAISE(ABORT, 'deadline_history is append-only');
END;
CREATE TRIGGER deadline_history_no_delete BEFORE DELETE ON deadline_history
BEGIN
  SELECT RAISE(ABORT, 'deadline_history is append-only');
END;

-- Each reminder once: the key names the deadline, before or after, and the user. The row is
-- claimed before the e-mail is sent and sent_at set after (decision 018: at most once).
CREATE TABLE reminders_sent (
  id INTEGER PRIMARY KEY,
  reminder_key TEXT NOT NULL UNIQUE,
  user_id INTEGER NOT NULL REFERENCES users (id),
  due_date TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'app')),
  claimed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  sent_at TEXT
) STRICT;
CREATE INDEX reminders_sent_user ON reminders_sent (user_id, id);

-- Where reminders go; accounts without an address get them in the app only.
ALTER TABLE users ADD COLUMN email TEXT;
