import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/query-state';
import { Layout } from './layout/layout';
import { StartRoute } from './routes/start';
import { NotFoundRoute } from './routes/not-found';
import { strings } from './strings';

// The start page is in the first download; the others (and Recharts) load when visited.
const GoalRoute = lazy(() => import('./routes/goal'));
const MeasureRoute = lazy(() => import('./routes/measure'));
const ActivitiesRoute = lazy(() => import('./routes/activities'));
const PlanRoute = lazy(() => import('./routes/plan'));
// Signed-in pages: never in the public's download.
const SignInRoute = lazy(() => import('./routes/sign-in'));
const EntryRoute = lazy(() => import('./routes/entry'));
const DefinitionsRoute = lazy(() => import('./routes/definitions'));
const AdminUsersRoute = lazy(() => import('./routes/admin-users'));
const AuditLogRoute = lazy(() => import('./routes/audit-log'));
const ImportRoute = lazy(() => import('./routes/import'));

export function AppRouter() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartRoute />} />
        <Route path="mal/:goalId" element={<Lazy page={<GoalRoute />} />} />
        <Route path="resultatmatt/:number" element={<Lazy page={<MeasureRoute />} />} />
        <Route path="malaktiviteter" element={<Lazy page={<ActivitiesRoute />} />} />
        <Route path="plan" element={<Lazy page={<PlanRoute />} />} />
        <Route path="logga-in" element={<Lazy page={<SignInRoute />} />} />
        <Route path="inmatning" element={<Lazy page={<EntryRoute />} />} />
        <Route path="inmatning/definitioner" element={<Lazy page={<DefinitionsRoute />} />} />
        <Route path="admin/anvandare" element={<Lazy page={<AdminUsersRoute />} />} />
        <Route path="admin/logg" element={<Lazy page={<AuditLogRoute />} />} />
        <Route path="import" element={<Lazy page={<ImportRoute />} />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<Loading label={strings.loadingPage} />}>{page}</Suspense>;
}
