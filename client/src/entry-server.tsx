import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { App } from './app/app';
import { preloadPage } from './app/router';
import { readThrough, type ApiFetch } from './lib/api-client';
import { dehydratedStateScript } from './lib/dehydrated-state';
import { PageMetaContext, type PageMeta } from './lib/page-meta';
import { createQueryClient } from './lib/query-client';
import { isPerVisitor } from './lib/query-keys';

// The server's entry (built by `vite build --ssr`, imported by server/src/plugins/render.ts):
// the same tree as main.tsx, at the request's URL, with the data its queries ask for.

export interface RenderOptions {
  /** Reads the API as an anonymous visitor (the server passes its own app.inject). */
  fetch: ApiFetch;
  /**
   * True when the request carries no session, so the visitor is signed out and the anonymous
   * session answer is theirs. Otherwise the session and signed-in data are left to the browser:
   * a page shared by everyone never holds one user's data.
   */
  signedOut: boolean;
}

export interface RenderedPage {
  /** 404 when the page does not exist, else 200. */
  status: number;
  /** The page's <title> element, escaped by React; undefined for a page without a title of its own. */
  title: string | undefined;
  /** The page's <meta name="description"> element, escaped by React; undefined for the default. */
  description: string | undefined;
  /** The app's HTML, for inside #root. */
  html: string;
  /** react-query's cache for hydrating, as a JSON data block for the end of <body>. */
  state: string;
}

// Each pass renders, then fetches what the render asked for and did not have; a page whose data
// depends on other data (a goal's measures need the period) takes a pass per step.
const MAX_PASSES = 5;

function renderOnce(queryClient: QueryClient, url: string) {
  let title = '';
  let description = '';
  let status = 200;
  const meta: PageMeta = {
    // The outermost page's title wins, as the last effect to run does in the browser.
    title: (text) => {
      title ||= text;
    },
    description: (text) => {
      description ||= text;
    },
    status: (code) => {
      status = code;
    },
  };
  const Router = ({ children }: { children: ReactNode }) => (
    <StaticRouter location={url}>{children}</StaticRouter>
  );
  const html = renderToString(
    <PageMetaContext value={meta}>
      <App queryClient={queryClient} Router={Router} />
    </PageMetaContext>,
  );
  return {
    html,
    status,
    title: title ? renderToStaticMarkup(<title>{title}</title>) : undefined,
    description: description
      ? renderToStaticMarkup(<meta name="description" content={description} />)
      : undefined,
  };
}

/** Renders the page at `url` (path and search) with its data. */
export async function render(
  url: string,
  { fetch, signedOut }: RenderOptions,
): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  // One try: what failed is left to the browser, which shows the loading note and asks again.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  readThrough(queryClient, fetch);
  // The page's code first, so that lazy() renders the page, not the Suspense fallback.
  await preloadPage(new URL(url, 'http://localhost').pathname);
  const missing = (query: Query) =>
    query.state.status === 'pending' && (signedOut || !isPerVisitor(query.queryKey));
  let page = renderOnce(queryClient, url);
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    const waiting = queryClient.getQueryCache().findAll({ predicate: missing });
    if (waiting.length === 0) break;
    await Promise.all(waiting.map((query) => query.fetch().catch(() => undefined)));
    page = renderOnce(queryClient, url);
  }
  return { ...page, state: dehydratedStateScript(dehydrate(queryClient)) };
}
