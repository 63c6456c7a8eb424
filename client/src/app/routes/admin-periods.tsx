import { RequireRole } from '../../features/auth/components/require-role';
import { PeriodsPage } from '../../features/structure/components/periods-page';
import { strings } from '../../features/structure/strings';

/** /admin/perioder */
export default function AdminPeriodsRoute() {
  return (
    <RequireRole permission="editStructure" purpose={strings.purpose}>
      <PeriodsPage />
    </RequireRole>
  );
}
