import { NavLink } from 'react-router';
import { may, type Permission } from '@malbild/shared';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { groupStrings } from '../group-strings';
import { profileStrings } from '../profile-strings';
import { strings } from '../strings';
import { unitStrings } from '../unit-strings';

const LINKS: { to: string; label: string; permission: Permission }[] = [
  { to: paths.adminProfile, label: profileStrings.navLabel, permission: 'administer' },
  { to: paths.adminUnits, label: unitStrings.navLabel, permission: 'manageUnits' },
  { to: paths.adminUsers, label: strings.navUsers, permission: 'administer' },
  { to: paths.adminGroups, label: groupStrings.navLabel, permission: 'administer' },
  { to: paths.auditLog, label: strings.navAudit, permission: 'administer' },
];

/** The administration's pages that the signed-in user may use. */
export function AdminNav() {
  const user = useSession().data?.user;
  return (
    <nav className="admin-nav" aria-label={strings.subNavLabel}>
      <ul>
        {LINKS.filter(({ permission }) => may(user, permission)).map(({ to, label }) => (
          <li key={to}>
            <NavLink to={to}>{label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
