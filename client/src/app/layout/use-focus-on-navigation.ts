import { useEffect, useRef } from 'react';

const WAIT_FOR_HEADING_MS = 5000;

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/**
 * After a client-side page change, moves focus to the new page's main heading, so that screen
 * readers announce it and keyboard users continue from the top of the new content, as after a
 * full page load. A lazily loaded page has no heading yet: focus waits on <main> until it
 * appears. Filter changes keep the path and so keep focus where it is.
 */
export function useFocusOnNavigation(pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    const main = document.getElementById('main');
    if (previous.current === pathname || !main) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    if (focusHeading(main)) return;
    main.focus();
    const observer = new MutationObserver(() => {
      if (document.activeElement === main && focusHeading(main)) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
}
