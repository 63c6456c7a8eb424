import type { GroupMappingQueries } from '../db/identity-groups';

/**
 * The first administrators when only the identity provider signs in: MALBILD_OIDC_ADMIN_GROUP
 * names a group (its value in the group claim) that is mapped to the admin role at start, unless
 * it has a mapping already. Without it an administrator who signs in with a password keeps the
 * mapping; with local sign-in switched off there would be nobody to do so.
 */
export function mapAdminGroup(groupMappings: GroupMappingQueries, env: NodeJS.ProcessEnv): boolean {
  const groupId = env.MALBILD_OIDC_ADMIN_GROUP?.trim();
  if (!groupId || groupMappings.list().some((mapping) => mapping.groupId === groupId)) {
    return false;
  }
  groupMappings.create({
    groupId,
    label: 'Administratörer (MALBILD_OIDC_ADMIN_GROUP)',
    roles: ['admin'],
    units: [],
  });
  return true;
}
