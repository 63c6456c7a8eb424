import { RequireRole } from '../../features/auth/components/require-role';
import { GroupMappingsPage } from '../../features/admin/components/group-mappings-page';
import { groupStrings } from '../../features/admin/group-strings';
import { ADMIN_ROLES } from '../../lib/session';

/** /admin/grupper */
export default function AdminGroupsRoute() {
  return (
    <RequireRole roles={ADMIN_ROLES} purpose={groupStrings.purpose}>
      <GroupMappingsPage />
    </RequireRole>
  );
}
