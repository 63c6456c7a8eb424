import { RequireRole } from '../../features/auth/components/require-role';
import { CompletenessPage } from '../../features/deadlines/components/completeness-page';
import { strings } from '../../features/deadlines/strings';

/** /admin/vad-saknas */
export default function AdminCompletenessRoute() {
  return (
    <RequireRole permission="editDeadlines" purpose={strings.completenessPurpose}>
      <CompletenessPage />
    </RequireRole>
  );
}
