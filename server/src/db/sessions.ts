import type { Db } from './connection';

// A session row per signed-in browser; only the token's hash is stored.
export function createSessionQueries(db: Db) {
  const insert = db.prepare<{
    tokenHash: string;
    userId: number;
    csrfToken: string;
    expiresAt: string;
  }>(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at)
     VALUES (:tokenHash, :userId, :csrfToken, :expiresAt)`,
  );
  const find = db.prepare<[string, string], { userId: number; csrfToken: string }>(
    `SELECT s.user_id AS userId, s.csrf_token AS csrfToken
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
  );
  const remove = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
  const removeForUser = db.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?');
  const removeExpired = db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?');

  return {
    create: (session: {
      tokenHash: string;
      userId: number;
      csrfToken: string;
      expiresAt: string;
    }) => {
      insert.run(session);
    },
    find: (tokenHash: string, now: string) => find.get(tokenHash, now),
    remove: (tokenHash: string) => {
      remove.run(tokenHash);
    },
    removeForUser: (userId: number) => {
      removeForUser.run(userId);
    },
    removeExpired: (now: string) => removeExpired.run(now).changes,
  };
}
export type SessionQueries = ReturnType<typeof createSessionQueries>;
