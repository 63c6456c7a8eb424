import { strings } from '../strings';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{strings.footerAbout}</p>
        <p>{strings.footerOpenData}</p>
      </div>
    </footer>
  );
}
