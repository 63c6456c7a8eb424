import { StrictMode, type ComponentType, type ReactNode } from 'react';
import {
  HydrationBoundary,
  QueryClientProvider,
  type DehydratedState,
  type QueryClient,
} from '@tanstack/react-query';
import { AppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  /** The server's cache for this page, so the browser's first render is the server's. */
  dehydratedState?: DehydratedState;
  /** BrowserRouter in the browser, StaticRouter at the request's URL on the server. */
  Router: ComponentType<{ children: ReactNode }>;
}

/** The one tree both render: entry-server.tsx to HTML, main.tsx by hydrating that HTML. */
export function App({ queryClient, dehydratedState, Router }: AppProps) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HydrationBoundary state={dehydratedState}>
          <Router>
            <AppRouter />
          </Router>
        </HydrationBoundary>
      </QueryClientProvider>
    </StrictMode>
  );
}
