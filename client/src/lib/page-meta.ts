import { createContext, useContext, useEffect } from 'react';

/**
 * What the server learns from rendering a page, beyond its HTML: the title and description for
 * <head> and the HTTP status (404 for a page that does not exist). Provided by entry-server only; in the
 * browser there is no provider and the hooks below do nothing.
 */
export interface PageMeta {
  title: (text: string) => void;
  status: (code: number) => void;
  /** The page's summary for search engines and link previews, and its image (a path). */
  describe: (description: PageDescription) => void;
}

export interface PageDescription {
  text: string;
  /** A path of this site (the chart's PNG), made absolute in the page's head. */
  image?: string | undefined;
}

export const PageMetaContext = createContext<PageMeta | null>(null);

/** Answers the page with `code` when the server renders it. */
export function usePageStatus(code: number): void {
  useContext(PageMetaContext)?.status(code);
}

/**
 * Gives the server's <head> the page's meta description and Open Graph tags; in the browser the
 * description follows the page, and the site's default (index.html) stands on the others.
 */
export function usePageDescription(description: PageDescription | undefined): void {
  const meta = useContext(PageMetaContext);
  if (description) meta?.describe(description);
  const text = description?.text;
  useEffect(() => {
    const tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (text === undefined || !tag) return;
    const before = tag.content;
    tag.content = text;
    return () => {
      tag.content = before;
    };
  }, [text]);
}
