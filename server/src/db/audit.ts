import type { Db } from './connection';

// The audit trail of sign-ins and account changes; the table refuses updates and deletes.

// Whatever a request carried, a row stays small: anyone may make one (a failed sign-in).
const MAX_FIELD = 200;
const MAX_DETAIL = 2000;
const bounded = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The detail as JSON (the column holds JSON), cut to a JSON string when too long. */
function boundedJson(detail: unknown): string {
  const json = JSON.stringify(detail);
  if (json.length <= MAX_DETAIL) return json;
  // Quotes and escapes grow a string when it is written as JSON: cut until it fits.
  let cut = MAX_DETAIL - 2;
  let cutJson = JSON.stringify(`${json.slice(0, cut)}…`);
  while (cutJson.length > MAX_DETAIL) {
    cut -= cutJson.length - MAX_DETAIL;
    cutJson = JSON.stringify(`${json.slice(0, cut)}…`);
  }
  return cutJson;
}
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
        actor: entry.actor === null ? null : bounded(entry.actor, MAX_FIELD),
        action: bounded(entry.action, MAX_FIELD),
        subject: entry.subject === undefined ? null : bounded(entry.subject, MAX_FIELD),
        detail: entry.detail === undefined ? null : boundedJson(entry.detail),
      });
    },
    recent: (limit: number) => recent.all(limit),
  };
}
