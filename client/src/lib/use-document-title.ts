import { useContext, useEffect } from 'react';
import { useOrganisation } from './api/get-organisation';
import { PageMetaContext } from './page-meta';

/** The site's name before a municipality has one (an empty database). */
export const SITE = 'Målbild';

/**
 * "Antal invånare – Resultatmått 8 – Ludvika kommun": each page's own title, most specific
 * first, then the municipality's name, as screen readers and tabs show it.
 */
export function useDocumentTitle(title: string | undefined): void {
  const site = useOrganisation().data?.name ?? SITE;
  const text = title ? `${title} – ${site}` : site;
  // Effects never run on the server: the renderer takes the title for <head> from here.
  const meta = useContext(PageMetaContext);
  meta?.title(text);
  useEffect(() => {
    document.title = text;
  }, [text]);
}
