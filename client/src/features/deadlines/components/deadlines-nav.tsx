import { NavLink } from 'react-router';
import { paths } from '../../../lib/paths';
import { strings } from '../strings';

/** The follow-up cycle's two pages for controllers: the calendar and what is missing. */
export function DeadlinesNav() {
  return (
    <nav className="admin-nav" aria-label={strings.navLabel}>
      <ul>
        <li>
          <NavLink to={paths.adminCompleteness()}>{strings.completenessNav}</NavLink>
        </li>
        <li>
          <NavLink to={paths.adminCalendar}>{strings.calendarNav}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
