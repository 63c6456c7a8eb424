import { RequireRole } from '../../features/auth/components/require-role';
import { ProfilePage } from '../../features/admin/components/profile-page';
import { profileStrings } from '../../features/admin/profile-strings';

/** /admin/kommun */
export default function AdminProfileRoute() {
  return (
    <RequireRole permission="administer" purpose={profileStrings.purpose}>
      <ProfilePage />
    </RequireRole>
  );
}
