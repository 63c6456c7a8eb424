import { useEffect } from 'react';

const SITE = 'Målbild';

/** "Resultatmått 7 – Målbild": each page's own title, as screen readers and tabs show it. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – ${SITE}` : SITE;
  }, [title]);
}
