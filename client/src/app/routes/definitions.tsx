import { RequireRole } from '../../features/auth/components/require-role';
import { DefinitionsPage } from '../../features/definitions/components/definitions-page';
import { strings } from '../../features/definitions/strings';
import { ENTRY_ROLES } from '../../lib/session';

/** /inmatning/definitioner – controllers keep the measures' definitions. */
export default function DefinitionsRoute() {
  return (
    <RequireRole roles={ENTRY_ROLES} purpose={strings.purpose}>
      <DefinitionsPage />
    </RequireRole>
  );
}
