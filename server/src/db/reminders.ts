import type { Db } from './connection';

// reminders_sent (decision 018): one row per reminder, its key unique, so a reminder is sent once
// even across restarts and by two servers on one database. A row is claimed before the e-mail goes
// and marked sent after; a failed send gives the claim back so the next run tries again.

export interface ReminderClaim {
  key: string;
  userId: number;
  dueDate: string;
  subject: string;
  body: string;
  channel: 'email' | 'app';
}

export interface StoredReminder {
  id: number;
  dueDate: string;
  subject: string;
  body: string;
  channel: 'email' | 'app';
  claimedAt: string;
  sentAt: string | null;
}

export function createReminderQueries(db: Db) {
  const claim = db.prepare<ReminderClaim>(
    `INSERT INTO reminders_sent (reminder_key, user_id, due_date, subject, body, channel)
     VALUES (:key, :userId, :dueDate, :subject, :body, :channel)
     ON CONFLICT (reminder_key) DO NOTHING`,
  );
  const markSent = db.prepare<[number]>(
    `UPDATE reminders_sent SET sent_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  );
  const release = db.prepare<[number]>(
    'DELETE FROM reminders_sent WHERE id = ? AND sent_at IS NULL',
  );
  const ofUser = db.prepare<[number, number], StoredReminder>(
    `SELECT id, due_date AS dueDate, subject, body, channel, claimed_at AS claimedAt,
       sent_at AS sentAt
     FROM reminders_sent WHERE user_id = ? ORDER BY id DESC LIMIT ?`,
  );
  return {
    /** The claim's id, or null when the reminder was claimed before (by this run or any other). */
    claim: (reminder: ReminderClaim): number | null => {
      const result = claim.run(reminder);
      return result.changes === 1 ? Number(result.lastInsertRowid) : null;
    },
    markSent: (id: number) => void markSent.run(id),
    /** A send that failed: the next run may claim it again. */
    release: (id: number) => void release.run(id),
    ofUser: (userId: number, limit = 50) => ofUser.all(userId, limit),
  };
}
