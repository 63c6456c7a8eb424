import { RequireRole } from '../../features/auth/components/require-role';
import { RemindersPage } from '../../features/deadlines/components/reminders-page';
import { strings } from '../../features/deadlines/strings';

/** /paminnelser */
export default function RemindersRoute() {
  return (
    <RequireRole permission="editActivities" purpose={strings.remindersPurpose}>
      <RemindersPage />
    </RequireRole>
  );
}
