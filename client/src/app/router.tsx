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

export function AppRouter() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartRoute />} />
        <Route path="mal/:goalId" element={<Lazy page={<GoalRoute />} />} />
        <Route path="resultatmatt/:number" element={<Lazy page={<MeasureRoute />} />} />
        <Route path="malaktiviteter" element={<Lazy page={<ActivitiesRoute />} />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<Loading label={strings.loadingPage} />}>{page}</Suspense>;
}
