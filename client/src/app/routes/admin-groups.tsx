import { RequireRole } from '../../features/auth/components/require-role';
import { GroupMappingsPage } from '../../features/admin/components/group-mappings-page';
import { groupStrings } from '../../features/admin/group-strings';

/** /admin/grupper */
export default function AdminGroupsRoute() {
  return (
    <RequireRole permission="administer" purpose={groupStrings.purpose}>
      <GroupMappingsPage />
    </RequireRole>
  );
}
