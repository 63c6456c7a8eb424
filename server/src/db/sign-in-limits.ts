import type { Db } from './connection';

// What the sign-in limit per username reads: failed attempts (from the audit log) and the
// browsers a user has signed in from before.
export function createSignInLimitQueries(db: Db) {
  const failures = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM audit_log
     WHERE action = 'login_failed' AND subject = ? AND at > ?`,
  );
  const trust = db.prepare<[string, number]>(
    'INSERT OR IGNORE INTO trusted_devices (token_hash, user_id) VALUES (?, ?)',
  );
  const trusted = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM trusted_devices WHERE token_hash = ? AND user_id = ?',
  );
  return {
    failuresSince: (username: string, since: string) => failures.get(username, since)?.n ?? 0,
    trustDevice: (tokenHash: string, userId: number) => {
      trust.run(tokenHash, userId);
    },
    isTrusted: (tokenHash: string, userId: number) => (trusted.get(tokenHash, userId)?.n ?? 0) > 0,
  };
}
export type SignInLimitQueries = ReturnType<typeof createSignInLimitQueries>;
