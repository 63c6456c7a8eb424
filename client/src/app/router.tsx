import { lazy, Suspense, type ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { Loading } from '../components/query-state';
import { Layout } from './layout/layout';
import { StartRoute } from './routes/start';
import { NotFoundRoute } from './routes/not-found';
import { strings } from './strings';

// The start page is in the first download; the others (and Recharts) load when visited.
const GoalRoute = lazyPage(() => import('./routes/goal'));
const MeasureRoute = lazyPage(() => import('./routes/measure'));
const ActivitiesRoute = lazyPage(() => import('./routes/activities'));
const PlanRoute = lazyPage(() => import('./routes/plan'));
// Signed-in pages: never in the public's download.
const SignInRoute = lazyPage(() => import('./routes/sign-in'));
const EntryRoute = lazyPage(() => import('./routes/entry'));
const DefinitionsRoute = lazyPage(() => import('./routes/definitions'));
const AdminUsersRoute = lazyPage(() => import('./routes/admin-users'));
const AuditLogRoute = lazyPage(() => import('./routes/audit-log'));
const ImportRoute = lazyPage(() => import('./routes/import'));

const EmbedMeasureRoute = lazyPage(() => import('./routes/embed-measure'));

const LAZY_PAGES = [
  { path: '/mal/:goalId', page: GoalRoute },
  { path: '/resultatmatt/:number', page: MeasureRoute },
  { path: '/malaktiviteter', page: ActivitiesRoute },
  { path: '/malaktiviteter/:id', page: lazyPage(() => import('./routes/activity')) },
  { path: '/om-bedomningen', page: lazyPage(() => import('./routes/method')) },
  { path: '/plan', page: PlanRoute },
  {
    path: '/plan/:unit/:year/uppfoljning',
    page: lazyPage(() => import('./routes/plan-follow-up')),
  },
  { path: '/logga-in', page: SignInRoute },
  { path: '/inmatning', page: EntryRoute },
  { path: '/inmatning/definitioner', page: DefinitionsRoute },
  { path: '/admin/anvandare', page: AdminUsersRoute },
  { path: '/admin/logg', page: AuditLogRoute },
  { path: '/admin/grupper', page: lazyPage(() => import('./routes/admin-groups')) },
  { path: '/admin/perioder', page: lazyPage(() => import('./routes/admin-periods')) },
  { path: '/import', page: ImportRoute },
  { path: '/intern-kontroll', page: lazyPage(() => import('./routes/internal-control')) },
  {
    path: '/intern-kontroll/uppfoljning',
    page: lazyPage(() => import('./routes/internal-control-follow-up')),
  },
  { path: '/tillganglighet', page: lazyPage(() => import('./routes/accessibility')) },
  { path: '/api-dokumentation', page: lazyPage(() => import('./routes/api-docs')) },
  { path: '/admin/kommun', page: lazyPage(() => import('./routes/admin-profile')) },
  { path: '/admin/enheter', page: lazyPage(() => import('./routes/admin-units')) },
  { path: '/kom-igang', page: lazyPage(() => import('./routes/setup')) },
  { path: '/admin/kalender', page: lazyPage(() => import('./routes/admin-calendar')) },
  { path: '/paminnelser', page: lazyPage(() => import('./routes/reminders')) },
  { path: '/admin/vad-saknas', page: lazyPage(() => import('./routes/admin-completeness')) },
  { path: '/uppfoljning/granskning', page: lazyPage(() => import('./routes/review-queue')) },
];

/** Pages without the site's header and footer: framed by other sites. */
const EMBED_PATH = '/inbaddning/resultatmatt/:number';

export function AppRouter() {
  return (
    <Routes>
      <Route
        path={EMBED_PATH.slice(1)}
        element={<Lazy key={EMBED_PATH} page={<EmbedMeasureRoute />} />}
      />
      <Route element={<Layout />}>
        <Route index element={<StartRoute />} />
        {LAZY_PAGES.map(({ path, page: Page }) => (
          <Route
            key={path}
            path={path.slice(1)}
            // A boundary of its own per page: going to a page whose code is still loading shows
            // the loading note and unmounts the last page at once, also after a first page that
            // rendered without suspending (preloadPage); a shared one could keep it mounted.
            element={<Lazy key={path} page={<Page />} />}
          />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<Loading label={strings.loadingPage} />}>{page}</Suspense>;
}

type PageModule = { default: ComponentType };

/**
 * React.lazy for a route page, with `preload` to fetch its code before the first render: a
 * page loaded that way renders at once (lazy reads an already settled thenable synchronously)
 * instead of showing the loading note over the server's first paint.
 */
function lazyPage(load: () => Promise<PageModule>) {
  let loaded: PageModule | undefined;
  let loading: Promise<PageModule> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module;
      return module;
    }));
  const settled = (module: PageModule) =>
    ({ then: (resolve: (value: PageModule) => void) => resolve(module) }) as Promise<PageModule>;
  return Object.assign(
    lazy(() => (loaded ? settled(loaded) : preload())),
    { preload },
  );
}

/** Loads the code of the page at `pathname`, if it is a lazy one; never rejects. */
export function preloadPage(pathname: string): Promise<unknown> {
  const pages = [...LAZY_PAGES, { path: EMBED_PATH, page: EmbedMeasureRoute }];
  const match = pages.find(({ path }) => matchPath(path, pathname));
  return match ? match.page.preload().catch(() => undefined) : Promise.resolve();
}
