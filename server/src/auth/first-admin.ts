import { CreateUserSchema, type User } from '@malbild/shared';
import type { UserQueries } from '../db/users';
import { hashPassword, scryptNFrom } from './password';

interface FirstAccount {
  username: string;
  displayName: string;
  password: string;
}

/**
 * The first account, an administrator: only while the database has none (409 otherwise, decided
 * inside the write). Made at start from the environment, or in the browser at /kom-igang.
 */
export async function addFirstAdmin(
  users: UserQueries,
  hash: (password: string) => Promise<string>,
  { username, displayName, password }: FirstAccount,
): Promise<User> {
  return users.createFirst({
    username,
    displayName,
    roles: ['admin'],
    units: [],
    passwordHash: await hash(password),
  });
}

/**
 * With no account in the database, MALBILD_ADMIN_USERNAME and MALBILD_ADMIN_PASSWORD create
 * the first administrator at start. There is no default password: without them the server
 * offers the first run in the browser (a one-time code in its log), or `npm run user:add`.
 */
export async function createFirstAdmin(
  users: UserQueries,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  if (users.count() > 0 || !env.MALBILD_ADMIN_USERNAME || !env.MALBILD_ADMIN_PASSWORD) return null;
  const account = CreateUserSchema.parse({
    username: env.MALBILD_ADMIN_USERNAME,
    displayName: env.MALBILD_ADMIN_NAME ?? env.MALBILD_ADMIN_USERNAME,
    password: env.MALBILD_ADMIN_PASSWORD,
    roles: ['admin'],
  });
  const scryptN = scryptNFrom(env.MALBILD_SCRYPT_N);
  return (await addFirstAdmin(users, (password) => hashPassword(password, scryptN), account))
    .username;
}
