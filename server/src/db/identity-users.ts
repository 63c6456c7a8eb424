import type { Role, User } from '@malbild/shared';
import type { Db } from './connection';
import type { GroupMappingQueries } from './identity-groups';
import type { UserQueries } from './users';

/**
 * The password hash of an account that signs in only through the identity provider: no scrypt
 * hash, so no password verifies against it (the sign-in route spends a real hash's time anyway).
 */
export const NO_PASSWORD = '';

/** Who signed in at the provider: the stable claim that names the account, and their profile. */
export interface ProviderIdentity {
  issuer: string;
  /** The claim that names the account (sub, or Entra's oid), and its value. */
  claim: string;
  subject: string;
  /** The username's starting point (preferred_username, e-mail); never used to match. */
  usernameHint: string;
  displayName: string;
  groups: readonly string[];
}

export interface ProviderSignIn {
  user: User;
  created: boolean;
  /** The group claim values that have a mapping. */
  mappedGroups: string[];
}

const sorted = <T extends string>(values: readonly T[]) => [...new Set(values)].sort();
const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** a–z, 0–9, ".", "-", "_" as the users table allows: "Åsa.Öberg@kommun.se" → "asa.oberg". */
function usernameBase(hint: string): string {
  const local = hint.split('@')[0] ?? '';
  const ascii = local
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 32);
  return ascii.length >= 2 ? ascii : 'anvandare';
}

// Accounts of the identity provider: matched by (issuer, claim, value), never by e-mail.
export function createIdentityUserQueries(
  db: Db,
  users: UserQueries,
  groupMappings: GroupMappingQueries,
) {
  const find = db.prepare<[string, string, string], { userId: number; rolesFromGroups: number }>(
    `SELECT user_id AS userId, roles_from_groups AS rolesFromGroups FROM user_identities
     WHERE issuer = ? AND claim = ? AND subject = ?`,
  );
  const link = db.prepare<{ issuer: string; claim: string; subject: string; userId: number }>(
    `INSERT INTO user_identities (issuer, claim, subject, user_id)
     VALUES (:issuer, :claim, :subject, :userId)`,
  );
  const touch = db.prepare<{
    issuer: string;
    claim: string;
    subject: string;
    rolesFromGroups: number;
  }>(
    `UPDATE user_identities
     SET roles_from_groups = :rolesFromGroups, last_sign_in_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE issuer = :issuer AND claim = :claim AND subject = :subject`,
  );
  const freeUsername = (hint: string): string => {
    const base = usernameBase(hint);
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!users.credentials(candidate)) return candidate;
    }
  };

  /**
   * The account of a provider's sign-in, created on the first. Where the user's groups map to
   * roles, the groups decide their roles and units at every sign-in; where none does, the roles
   * an administrator gave the account stay, and roles that came from groups the user has since
   * left are taken away.
   */
  const signIn = db.transaction((identity: ProviderIdentity): ProviderSignIn => {
    const key = { issuer: identity.issuer, claim: identity.claim, subject: identity.subject };
    const grants = groupMappings.grantsOf(identity.groups);
    const fromGroups = grants.roles.length > 0;
    let existing = find.get(key.issuer, key.claim, key.subject);
    const created = !existing;
    if (!existing) {
      const user = users.create({
        username: freeUsername(identity.usernameHint),
        displayName: identity.displayName,
        passwordHash: NO_PASSWORD,
        roles: [],
        units: [],
      });
      link.run({ ...key, userId: user.id });
      existing = { userId: user.id, rolesFromGroups: 0 };
    }
    const current = users.get(existing.userId)!;
    let roles: Role[] = current.roles;
    let units = current.units;
    if (fromGroups) {
      roles = sorted(grants.roles);
      units = sorted(grants.units);
    } else if (existing.rolesFromGroups === 1) {
      roles = [];
      units = [];
    }
    const changed =
      current.displayName !== identity.displayName ||
      !same(current.roles, roles) ||
      !same(current.units, units);
    const user = changed
      ? users.update(current.id, current.version, {
          displayName: identity.displayName,
          roles,
          units,
        })
      : current;
    touch.run({ ...key, rolesFromGroups: fromGroups ? 1 : 0 });
    return { user, created, mappedGroups: sorted(grants.mappedGroups) };
  });

  return {
    signIn: (identity: ProviderIdentity) => signIn.immediate(identity),
  };
}
export type IdentityUserQueries = ReturnType<typeof createIdentityUserQueries>;
