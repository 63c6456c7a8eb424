import { RequireRole } from '../../features/auth/components/require-role';
import { UsersPage } from '../../features/admin/components/users-page';
import { strings } from '../../features/admin/strings';
import { ADMIN_ROLES } from '../../lib/session';

/** /admin/anvandare */
export default function AdminUsersRoute() {
  return (
    <RequireRole roles={ADMIN_ROLES} purpose={strings.purpose}>
      <UsersPage />
    </RequireRole>
  );
}
