import { RequireRole } from '../../features/auth/components/require-role';
import { CalendarPage } from '../../features/deadlines/components/calendar-page';
import { strings } from '../../features/deadlines/strings';

/** /admin/kalender */
export default function AdminCalendarRoute() {
  return (
    <RequireRole permission="editDeadlines" purpose={strings.calendarPurpose}>
      <CalendarPage />
    </RequireRole>
  );
}
