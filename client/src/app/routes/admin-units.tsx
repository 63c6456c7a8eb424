import { RequireRole } from '../../features/auth/components/require-role';
import { UnitsPage } from '../../features/admin/components/units-page';
import { unitStrings } from '../../features/admin/unit-strings';

/** /admin/enheter */
export default function AdminUnitsRoute() {
  return (
    <RequireRole permission="manageUnits" purpose={unitStrings.purpose}>
      <UnitsPage />
    </RequireRole>
  );
}
