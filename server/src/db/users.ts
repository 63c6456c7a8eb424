import type { Role, User } from '@malbild/shared';
import { httpErrors } from '@fastify/sensible';
import { z } from 'zod';
import { expectVersion } from './conflict';
import type { Db } from './connection';

interface UserRow {
  id: number;
  username: string;
  displayName: string;
  disabledAt: string | null;
  version: number;
  email: string | null;
  roles: string;
  units: string;
}

const SELECT_USER = `
  SELECT u.id, u.username, u.display_name AS displayName, u.disabled_at AS disabledAt, u.version, u.email,
    (SELECT json_group_array(role) FROM (SELECT role FROM user_roles WHERE user_id = u.id ORDER BY role)) AS roles,
    (SELECT json_group_array(unit_code) FROM (SELECT unit_code FROM user_units WHERE user_id = u.id ORDER BY unit_code)) AS units
  FROM users u`;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: JSON.parse(row.roles) as Role[],
    units: JSON.parse(row.units) as string[],
    disabled: row.disabledAt !== null,
    version: row.version,
    email: row.email,
  };
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  units: string[];
  email?: string | null;
}

export interface UserChanges {
  displayName?: string;
  passwordHash?: string;
  roles?: Role[];
  units?: string[];
  email?: string | null;
  disabled?: boolean;
}

/** A change that would leave no active administrator: a 400 on the field that did it. */
function lastAdminError(changes: UserChanges): z.ZodError {
  const field = changes.disabled ? 'disabled' : 'roles';
  return new z.ZodError([
    {
      code: 'custom',
      path: [field],
      input: changes[field],
      message:
        'Det måste finnas minst en aktiv administratör. Ge först någon annan rollen administratör.',
    },
  ]);
}

/** The 409 of a first run after the first account exists. */
export const ACCOUNT_EXISTS = 'Målbild har redan ett konto. Logga in i stället.';

// user = an account that may sign in and write. Reading needs no account.
export function createUserQueries(db: Db) {
  const all = db.prepare<[], UserRow>(`${SELECT_USER} ORDER BY u.username`);
  const byId = db.prepare<[number], UserRow>(`${SELECT_USER} WHERE u.id = ?`);
  const credentials = db.prepare<
    [string],
    { id: number; passwordHash: string; disabledAt: string | null }
  >(
    'SELECT id, password_hash AS passwordHash, disabled_at AS disabledAt FROM users WHERE username = ?',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const activeAdmins = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM users u
     WHERE u.disabled_at IS NULL AND EXISTS (
       SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'admin')`,
  );
  const insert = db.prepare<{
    username: string;
    displayName: string;
    passwordHash: string;
    email: string | null;
  }>(
    `INSERT INTO users (username, display_name, password_hash, email)
     VALUES (:username, :displayName, :passwordHash, :email)`,
  );
  const bump = db.prepare<{ id: number; version: number }>(
    'UPDATE users SET version = version + 1 WHERE id = :id AND version = :version',
  );
  const setName = db.prepare<[string, number]>('UPDATE users SET display_name = ? WHERE id = ?');
  const setEmail = db.prepare<[string | null, number]>('UPDATE users SET email = ? WHERE id = ?');
  const setPassword = db.prepare<[string, number]>(
    'UPDATE users SET password_hash = ? WHERE id = ?',
  );
  const setDisabled = db.prepare<[number, number]>(
    `UPDATE users SET disabled_at = CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END WHERE id = ?`,
  );
  const clearRoles = db.prepare<[number]>('DELETE FROM user_roles WHERE user_id = ?');
  const addRole = db.prepare<[number, string]>(
    'INSERT INTO user_roles (user_id, role) VALUES (?, ?)',
  );
  const clearUnits = db.prepare<[number]>('DELETE FROM user_units WHERE user_id = ?');
  const addUnit = db.prepare<[number, string]>(
    'INSERT INTO user_units (user_id, unit_code) VALUES (?, ?)',
  );

  const replaceRoles = (id: number, roles: Role[]) => {
    clearRoles.run(id);
    for (const role of new Set(roles)) addRole.run(id, role);
  };
  const replaceUnits = (id: number, units: string[]) => {
    clearUnits.run(id);
    for (const unit of new Set(units)) addUnit.run(id, unit);
  };

  const update = db.transaction((id: number, version: number, changes: UserChanges): User => {
    const stored = byId.get(id);
    // Accounts are disabled, never deleted: a missing one never existed.
    if (!stored) throw httpErrors.notFound(`Användare ${id} finns inte`);
    expectVersion('user', toUser(stored), version);
    const adminsBefore = activeAdmins.get()?.n ?? 0;
    bump.run({ id, version });
    if (changes.displayName !== undefined) setName.run(changes.displayName, id);
    if (changes.passwordHash !== undefined) setPassword.run(changes.passwordHash, id);
    if (changes.email !== undefined) setEmail.run(changes.email, id);
    if (changes.disabled !== undefined) setDisabled.run(changes.disabled ? 1 : 0, id);
    if (changes.roles) replaceRoles(id, changes.roles);
    if (changes.units) replaceUnits(id, changes.units);
    // Checked on the result, inside the transaction: nobody could manage accounts afterwards.
    if (adminsBefore > 0 && (activeAdmins.get()?.n ?? 0) === 0) throw lastAdminError(changes);
    return toUser(byId.get(id)!);
  });

  const create = db.transaction((user: NewUser): User => {
    const id = Number(
      insert.run({
        username: user.username,
        displayName: user.displayName,
        passwordHash: user.passwordHash,
        email: user.email ?? null,
      }).lastInsertRowid,
    );
    replaceRoles(id, user.roles);
    replaceUnits(id, user.units);
    return toUser(byId.get(id)!);
  });
  const createFirst = db.transaction((user: NewUser): User => {
    if ((count.get()?.n ?? 0) > 0) {
      throw httpErrors.conflict(ACCOUNT_EXISTS);
    }
    return create(user);
  });

  return {
    list: (): User[] => all.all().map(toUser),
    get: (id: number): User | undefined => {
      const row = byId.get(id);
      return row && toUser(row);
    },
    credentials: (username: string) => credentials.get(username),
    count: (): number => count.get()?.n ?? 0,
    create,
    /**
     * IMMEDIATE: the first account, only while there is none (the count is read inside the
     * write, so two first runs at once make one account); else 409.
     */
    createFirst: (user: NewUser) => createFirst.immediate(user),
    /** IMMEDIATE: applies the changes if `version` is still current, else a ConflictError. */
    update: (id: number, version: number, changes: UserChanges) =>
      update.immediate(id, version, changes),
  };
}
export type UserQueries = ReturnType<typeof createUserQueries>;
