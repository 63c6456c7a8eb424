import { Link } from 'react-router';
import { paths } from '../../lib/paths';
import { strings } from '../strings';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{strings.footerAbout}</p>
        <p>
          <Link to={paths.method()}>{strings.footerMethod}</Link>
        </p>
        <p>{strings.footerOpenData}</p>
        <ul className="site-footer__links" aria-label={strings.openDataLinksLabel}>
          {strings.openDataLinks.map(({ href, label }) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
