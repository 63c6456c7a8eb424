-- Sign-in with the municipality's identity provider (OpenID Connect), decision 007.

-- Who a provider's account is in Målbild: the provider (issuer), the claim that names the
-- account stably (sub, or Entra's oid) and its value. Never the e-mail address, which changes and
-- can be reused. roles_from_groups says whether the account's roles came from its groups at the
-- last sign-in: then losing the groups loses the roles; else an administrator gave them.
CREATE TABLE user_identities (
  issuer TEXT NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
  claim TEXT NOT NULL CHECK (length(claim) BETWEEN 1 AND 100),
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  roles_from_groups INTEGER NOT NULL DEFAULT 0 CHECK (roles_from_groups IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_sign_in_at TEXT,
  PRIMARY KEY (issuer, claim, subject)
) STRICT, WITHOUT ROWID;
CREATE INDEX user_identities_user ON user_identities (user_id);

-- The administrator's mapping: a value of the provider's group claim (an Entra group's object
-- id, or an app role's value) gives its members these roles and units.
CREATE TABLE group_mappings (
  id INTEGER PRIMARY KEY,
  group_id TEXT NOT NULL UNIQUE CHECK (length(group_id) BETWEEN 1 AND 200),
  label TEXT NOT NULL CHECK (length(label) <= 200),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT;

CREATE TABLE group_mapping_roles (
  mapping_id INTEGER NOT NULL REFERENCES group_mappings (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'controller', 'unit_editor')),
  PRIMARY KEY (mapping_id, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE group_mapping_units (
  mapping_id INTEGER NOT NULL REFERENCES group_mappings (id) ON DELETE CASCADE,
  unit_code TEXT NOT NULL REFERENCES units (code),
  PRIMARY KEY (mapping_id, unit_code)
) STRICT, WITHOUT ROWID;

-- A sign-in under way at the provider: what the callback must find again (state, nonce, PKCE
-- verifier) and the browser that started it (a hash of its cookie), so a callback cannot be
-- replayed, forged or completed in another browser. A row is used once and lives minutes.
CREATE TABLE oidc_sign_ins (
  state TEXT PRIMARY KEY,
  browser_hash TEXT NOT NULL,
  nonce TEXT NOT NULL,
  code_verifier TEXT NOT NULL,
  return_to TEXT,
  expires_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The provider's ID token of a session begun through it: the hint of the provider's sign-out.
CREATE TABLE session_id_tokens (
  token_hash TEXT PRIMARY KEY REFERENCES sessions (token_hash) ON DELETE CASCADE,
  id_token TEXT NOT NULL
) STRICT, WITHOUT ROWID;
