import type { Db } from './connection';

export interface PendingSignIn {
  state: string;
  browserHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string | null;
  expiresAt: string;
}

// Sign-ins under way at the identity provider, and the ID tokens of sessions begun there.
export function createIdentitySignInQueries(db: Db) {
  const insert = db.prepare<PendingSignIn>(
    `INSERT INTO oidc_sign_ins (state, browser_hash, nonce, code_verifier, return_to, expires_at)
     VALUES (:state, :browserHash, :nonce, :codeVerifier, :returnTo, :expiresAt)`,
  );
  const byState = db.prepare<[string, string], PendingSignIn>(
    `SELECT state, browser_hash AS browserHash, nonce, code_verifier AS codeVerifier,
       return_to AS returnTo, expires_at AS expiresAt
     FROM oidc_sign_ins WHERE state = ? AND expires_at > ?`,
  );
  const remove = db.prepare<[string]>('DELETE FROM oidc_sign_ins WHERE state = ?');
  const removeExpired = db.prepare<[string]>('DELETE FROM oidc_sign_ins WHERE expires_at <= ?');
  const saveIdToken = db.prepare<[string, string]>(
    'INSERT OR REPLACE INTO session_id_tokens (token_hash, id_token) VALUES (?, ?)',
  );
  const idToken = db.prepare<[string], { idToken: string }>(
    'SELECT id_token AS idToken FROM session_id_tokens WHERE token_hash = ?',
  );

  /** The sign-in of this state, removed as it is read: a callback is answered once. */
  const take = db.transaction((state: string, now: string): PendingSignIn | undefined => {
    const pending = byState.get(state, now);
    remove.run(state);
    return pending;
  });

  return {
    begin: (pending: PendingSignIn) => {
      removeExpired.run(new Date().toISOString());
      insert.run(pending);
    },
    take: (state: string) => take.immediate(state, new Date().toISOString()),
    saveIdToken: (sessionTokenHash: string, token: string) => {
      saveIdToken.run(sessionTokenHash, token);
    },
    /** The session's ID token; gone with the session (ON DELETE CASCADE). */
    idToken: (sessionTokenHash: string) => idToken.get(sessionTokenHash)?.idToken,
  };
}
export type IdentitySignInQueries = ReturnType<typeof createIdentitySignInQueries>;
