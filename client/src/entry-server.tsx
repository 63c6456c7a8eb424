import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { dehydrate, type Query, type QueryClient } from '@tanstack/react-query';
import type { MeasureWithAssessment } from '@malbild/shared';
import { App } from './app/app';
import { preloadPage } from './app/router';
import { readThrough, type ApiFetch } from './lib/api-client';
import { MeasureChartImage } from './features/measures/components/measure-chart-image';
import { dehydratedStateScript } from './lib/dehydrated-state';
import { PageMetaContext, type PageDescription, type PageMeta } from './lib/page-meta';
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
  /** The site's own address (https://host), for the absolute URLs link previews need. */
  origin: string;
}

export interface RenderedPage {
  /** 404 when the page does not exist, else 200. */
  status: number;
  /** The page's <title> element, escaped by React; undefined for a page without a title of its own. */
  title: string | undefined;
  /** The page's meta description and Open Graph tags, for <head>; empty when it has none. */
  head: string;
  /** The app's HTML, for inside #root. */
  html: string;
  /** react-query's cache for hydrating, as a JSON data block for the end of <body>. */
  state: string;
}

// Each pass renders, then fetches what the render asked for and did not have; a page whose data
// depends on other data (a goal's measures need the period) takes a pass per step.
const MAX_PASSES = 5;

/** The description and the Open Graph tags a link preview (and a search engine) shows. */
function headTags(
  title: string,
  description: PageDescription | undefined,
  url: string,
  origin: string,
) {
  if (!description) return '';
  return renderToStaticMarkup(
    <>
      <meta name="description" content={description.text} />
      <meta property="og:type" content="website" />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description.text} />
      <meta property="og:url" content={new URL(url, origin).href} />
      {description.image && (
        <meta property="og:image" content={new URL(description.image, origin).href} />
      )}
      {description.image && <meta name="twitter:card" content="summary_large_image" />}
    </>,
  );
}

function renderOnce(queryClient: QueryClient, url: string, origin: string) {
  let title = '';
  let status = 200;
  let description: PageDescription | undefined;
  const meta: PageMeta = {
    // The outermost page's title wins, as the last effect to run does in the browser.
    title: (text) => {
      title ||= text;
    },
    status: (code) => {
      status = code;
    },
    describe: (text) => {
      description ??= text;
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
    head: headTags(title, description, url, origin),
  };
}

/** Renders the page at `url` (path and search) with its data. */
export async function render(
  url: string,
  { fetch, signedOut, origin }: RenderOptions,
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
  let page = renderOnce(queryClient, url, origin);
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    const waiting = queryClient.getQueryCache().findAll({ predicate: missing });
    if (waiting.length === 0) break;
    await Promise.all(waiting.map((query) => query.fetch().catch(() => undefined)));
    page = renderOnce(queryClient, url, origin);
  }
  return { ...page, state: dehydratedStateScript(dehydrate(queryClient)) };
}

export interface ChartImageInput {
  measure: MeasureWithAssessment;
  organisation: string | null;
}

// Recharts 3 lays a chart out in effects after its first render, so renderToString gives an
// empty box (recharts issues 5997, 6139): the image is rendered with react-dom's client renderer
// into `container`, an element of a DOM the server provides, and read once it stops changing.
const MAX_TURNS = 100;

/** The measure's chart as a standalone SVG file's text, drawn by the page's chart component. */
export async function renderChartImage(
  container: HTMLElement,
  input: ChartImageInput,
): Promise<string> {
  const root = createRoot(container);
  try {
    root.render(<MeasureChartImage {...input} />);
    let previous = '';
    for (let turn = 0; ; turn += 1) {
      if (turn === MAX_TURNS) throw new Error('The chart did not finish drawing');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const html = container.innerHTML;
      if (html === previous && container.querySelector('.chart-image__chart .recharts-line')) break;
      previous = html;
    }
    const frame = container.querySelector('svg.chart-image');
    const drawn = container.querySelector('.chart-image__chart svg');
    if (!frame || !drawn) throw new Error('The chart image has no chart');
    // A copy: the drawn one stays where React can unmount it.
    const chart = drawn.cloneNode(true) as Element;
    // The page's box attributes mean nothing inside another SVG.
    for (const name of ['style', 'role', 'tabindex', 'class']) chart.removeAttribute(name);
    frame.querySelector('.chart-image__plot')?.append(chart);
    // HTML's serialiser writes a no-break space as &nbsp;, which XML does not know.
    return frame.outerHTML.replaceAll('&nbsp;', '&#160;');
  } finally {
    root.unmount();
  }
}
