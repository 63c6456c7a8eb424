import type { Db } from './connection';

// The audit trail of sign-ins and account changes; the table refuses updates and deletes.
export function createAuditQueries(db: Db) {
  const insert = db.prepare<{
    actor: string | null;
    action: string;
    subject: string | null;
    detail: string | null;
  }>(
    'INSERT INTO audit_log (actor, action, subject, detail) VALUES (:actor, :action, :subject, :detail)',
  );
  const recent = db.prepare<
    [number],
    {
      id: number;
      at: string;
      actor: string | null;
      action: string;
      subject: string | null;
      detail: string | null;
    }
  >('SELECT id, at, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?');
  return {
    record: (entry: {
      actor: string | null;
      action: string;
      subject?: string;
      detail?: unknown;
    }) => {
      insert.run({
        actor: entry.actor,
        action: entry.action,
        subject: entry.subject ?? null,
        detail: entry.detail === undefined ? null : JSON.stringify(entry.detail),
      });
    },
    recent: (limit: number) => recent.all(limit),
  };
}
