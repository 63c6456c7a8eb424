import { Link, NavLink } from 'react-router';
import { UserMenu } from '../../features/auth/components/user-menu';
import { strings } from '../strings';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          <svg className="site-header__logo" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="11" fill="none" stroke="currentColor" strokeWidth="3" />
            <circle cx="16" cy="16" r="4" fill="currentColor" />
          </svg>
          <span>
            <span className="site-header__name">{strings.siteName}</span>
            <span className="site-header__tagline">{strings.siteTagline}</span>
          </span>
        </Link>
        <div className="site-header__end">
          <nav aria-label={strings.navLabel}>
            <ul className="site-nav">
              <li>
                <NavLink to="/" end>
                  {strings.navStart}
                </NavLink>
              </li>
              <li>
                <NavLink to="/malaktiviteter">{strings.navActivities}</NavLink>
              </li>
            </ul>
          </nav>
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
