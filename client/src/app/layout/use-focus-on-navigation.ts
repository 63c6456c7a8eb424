import { useEffect, useRef } from 'react';

// Long enough for a lazily loaded page on a slow phone connection.
const WAIT_FOR_HEADING_MS = 10_000;

function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.setAttribute('tabindex', '-1');
  heading.focus();
  return true;
}

/** Focus is nowhere the user put it: on <main> while waiting, or dropped to <body> by a re-render. */
function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active.id === 'main';
}

/**
 * After a client-side page change, moves focus to the new page's main heading, so that screen
 * readers announce it and keyboard users continue from the top of the new content, as after a
 * full page load. A lazily loaded page may have no heading yet, or replace it while its parts
 * load, or the layout re-mount: until the page settles, focus that is lost goes back to the
 * heading — never taken from an element the user chose. Filter changes keep the path and so keep focus where it is.
 */
export function useFocusOnNavigation(pathname: string): void {
  const previous = useRef(pathname);
  useEffect(() => {
    const main = document.getElementById('main');
    if (previous.current === pathname || !main) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    if (!focusHeading(main)) main.focus();
    // The layout itself may re-mount while a page loads, so watch the document, not this <main>.
    const observer = new MutationObserver(() => {
      const current = document.getElementById('main');
      if (current && focusIsLost()) focusHeading(current);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_FOR_HEADING_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
}
