import { RequireRole } from '../../features/auth/components/require-role';
import { InternalControlPage } from '../../features/internal-control/components/internal-control-page';
import { strings } from '../../features/internal-control/strings';

/** /intern-kontroll – signed-in users read the year's risk analyses, plans and follow-up. */
export default function InternalControlRoute() {
  return (
    <RequireRole permission="followUpControl" purpose={strings.purpose}>
      <InternalControlPage />
    </RequireRole>
  );
}
