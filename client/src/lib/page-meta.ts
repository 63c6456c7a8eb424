import { createContext, useContext } from 'react';

/**
 * What the server learns from rendering a page, beyond its HTML: the title and description for
 * <head> and the HTTP status (404 for a page that does not exist). Provided by entry-server only; in the
 * browser there is no provider and the hooks below do nothing.
 */
export interface PageMeta {
  title: (text: string) => void;
  description: (text: string) => void;
  status: (code: number) => void;
}

export const PageMetaContext = createContext<PageMeta | null>(null);

/** Answers the page with `code` when the server renders it. */
export function usePageStatus(code: number): void {
  useContext(PageMetaContext)?.status(code);
}
