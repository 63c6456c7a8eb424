import { RequireRole } from '../../features/auth/components/require-role';
import { UsersPage } from '../../features/admin/components/users-page';
import { strings } from '../../features/admin/strings';

/** /admin/anvandare */
export default function AdminUsersRoute() {
  return (
    <RequireRole permission="administer" purpose={strings.purpose}>
      <UsersPage />
    </RequireRole>
  );
}
