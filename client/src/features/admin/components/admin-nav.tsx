import { NavLink } from 'react-router';
import { paths } from '../../../lib/paths';
import { groupStrings } from '../group-strings';
import { strings } from '../strings';

export function AdminNav() {
  return (
    <nav className="admin-nav" aria-label={strings.subNavLabel}>
      <ul>
        <li>
          <NavLink to={paths.adminUsers}>{strings.navUsers}</NavLink>
        </li>
        <li>
          <NavLink to={paths.adminGroups}>{groupStrings.navLabel}</NavLink>
        </li>
        <li>
          <NavLink to={paths.auditLog}>{strings.navAudit}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
