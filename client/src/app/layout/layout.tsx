import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { strings } from '../strings';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export function Layout() {
  const { pathname } = useLocation();
  useFocusOnNavigation(pathname);
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipLink}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {/* Keyed by path so that leaving a broken page clears the error. */}
        <ErrorBoundary key={pathname} fallback={<PageError />}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </>
  );
}

function PageError() {
  return (
    <div className="page">
      <h1>{strings.pageErrorTitle}</h1>
      <p>{strings.pageErrorText}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {strings.reload}
      </button>
    </div>
  );
}
