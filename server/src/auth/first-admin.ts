import { CreateUserSchema } from '@malbild/shared';
import type { UserQueries } from '../db/users';
import { hashPassword, scryptNFrom } from './password';

/**
 * With no account in the database, MALBILD_ADMIN_USERNAME and MALBILD_ADMIN_PASSWORD create
 * the first administrator at start. There is no default password: without them nobody can
 * sign in until `npm run user:add` has been run.
 */
export async function createFirstAdmin(
  users: UserQueries,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  if (users.count() > 0 || !env.MALBILD_ADMIN_USERNAME || !env.MALBILD_ADMIN_PASSWORD) return null;
  const { password, ...admin } = CreateUserSchema.parse({
    username: env.MALBILD_ADMIN_USERNAME,
    displayName: env.MALBILD_ADMIN_NAME ?? env.MALBILD_ADMIN_USERNAME,
    password: env.MALBILD_ADMIN_PASSWORD,
    roles: ['admin'],
  });
  return users.create({
    ...admin,
    passwordHash: await hashPassword(password, scryptNFrom(env.MALBILD_SCRYPT_N)),
  }).username;
}
