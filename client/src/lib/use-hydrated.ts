import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False on the server and while the browser hydrates the server's HTML, true after (and at once
 * on later client-side navigations). What only a browser can draw (a chart that measures its
 * box) renders once this is true, so the server's HTML and the first render in the browser agree.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
