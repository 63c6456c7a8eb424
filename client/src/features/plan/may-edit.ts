import type { User } from '@malbild/shared';

/**
 * The API's rule (server/src/auth/guards.ts): controllers and admins edit every unit's activities,
 * a unit editor those where one of their units is responsible. The page offers only what the
 * server will accept; the server decides.
 */
export function mayEdit(user: User | null, unitCodes: readonly string[]): boolean {
  if (!user) return false;
  if (user.roles.includes('admin') || user.roles.includes('controller')) return true;
  return user.roles.includes('unit_editor') && unitCodes.some((code) => user.units.includes(code));
}
