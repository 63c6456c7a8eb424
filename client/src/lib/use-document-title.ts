import { useContext, useEffect } from 'react';
import { useOrganisation } from './api/get-organisation';
import { PageMetaContext } from './page-meta';

/** The site's name before a municipality has one (an empty database). */
export const SITE = 'Målbild';

/**
 * "Antal invånare – Resultatmått 8 – Ludvika kommun": each page's own title, most specific
 * first, then the municipality's name, as screen readers and tabs show it.
 */
export function useDocumentTitle(title: string | undefined, description?: string): void {
  const site = useOrganisation().data?.name ?? SITE;
  const text = title ? `${title} – ${site}` : site;
  // Effects never run on the server: the renderer takes the title for <head> from here.
  const meta = useContext(PageMetaContext);
  meta?.title(text);
  if (description) meta?.description(description);
  useEffect(() => {
    document.title = text;
  }, [text]);
  // A page with a description of its own (what search results and shared links show) sets it;
  // the site's default from index.html stands on the others.
  useEffect(() => {
    if (!description) return;
    const tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!tag) return;
    const before = tag.content;
    tag.content = description;
    return () => {
      tag.content = before;
    };
  }, [description]);
}
