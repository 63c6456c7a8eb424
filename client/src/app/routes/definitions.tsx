import { RequireRole } from '../../features/auth/components/require-role';
import { DefinitionsPage } from '../../features/definitions/components/definitions-page';
import { strings } from '../../features/definitions/strings';

/** /inmatning/definitioner – controllers keep the measures' definitions. */
export default function DefinitionsRoute() {
  return (
    <RequireRole permission="enterValues" purpose={strings.purpose}>
      <DefinitionsPage />
    </RequireRole>
  );
}
