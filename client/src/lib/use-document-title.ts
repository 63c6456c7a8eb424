import { useContext, useEffect } from 'react';
import { PageMetaContext } from './page-meta';

const SITE = 'Målbild';

/** "Resultatmått 7 – Målbild": each page's own title, as screen readers and tabs show it. */
export function useDocumentTitle(title: string | undefined): void {
  const text = title ? `${title} – ${SITE}` : SITE;
  // Effects never run on the server: the renderer takes the title for <head> from here.
  useContext(PageMetaContext)?.title(text);
  useEffect(() => {
    document.title = text;
  }, [text]);
}
