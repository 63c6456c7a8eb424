import { NavLink } from 'react-router';
import { paths } from '../../../lib/paths';
import { strings } from '../strings';

export function AdminNav() {
  return (
    <nav className="admin-nav" aria-label={strings.subNavLabel}>
      <ul>
        <li>
          <NavLink to={paths.adminUsers}>{strings.navUsers}</NavLink>
        </li>
        <li>
          <NavLink to={paths.auditLog}>{strings.navAudit}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
