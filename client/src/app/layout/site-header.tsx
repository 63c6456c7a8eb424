import { Link, NavLink } from 'react-router';
import { UserMenu } from '../../features/auth/components/user-menu';
import { useOrganisation } from '../../lib/api/get-organisation';
import { paths } from '../../lib/paths';
import { SITE } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';

/**
 * The municipality's name (Målbild's until it has one) and logo, the navigation, the user's menu.
 * On a page of a period other than the current one (?period=), its links stay in that period.
 */
export function SiteHeader() {
  const organisation = useOrganisation().data;
  const periodId = useShownPeriodId();
  const name = organisation?.name;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.start(undefined, periodId)} className="site-header__brand">
          {organisation?.logoUrl ? (
            // The name beside it says what the logo would: it is decoration here.
            <img
              className="site-header__logo site-header__logo--image"
              src={organisation.logoUrl}
              alt=""
            />
          ) : (
            <svg className="site-header__logo" viewBox="0 0 32 32" aria-hidden="true">
              <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" strokeWidth="3" />
              <circle cx="16" cy="16" r="4" fill="currentColor" />
            </svg>
          )}
          <span>
            <span className="site-header__name">{name ?? SITE}</span>
            <span className="site-header__tagline">
              {name ? strings.siteTagline : strings.siteTaglineWithoutName}
            </span>
          </span>
        </Link>
        <div className="site-header__end">
          <nav aria-label={strings.navLabel}>
            <ul className="site-nav">
              <li>
                <NavLink to={paths.start(undefined, periodId)} end>
                  {strings.navStart}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.activities({ period: periodId })}>
                  {strings.navActivities}
                </NavLink>
              </li>
            </ul>
          </nav>
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
