import { useEffect, useRef, useState } from 'react';

// The intern kontroll page's status lines, as the plan page's (one message at a time): each
// stands where its action was (a risk level, a plan), and the message goes when the next action
// says something, when a form opens, or with the year (the year's content is keyed by it).

export interface Notices {
  /** The message for the line at `place`; '' when the last action was elsewhere. */
  at: (place: string) => string;
  say: (place: string, message: string) => void;
  /** A form opened: the last message no longer tells what the user is doing. */
  clear: () => void;
}

export function useNotices(): Notices {
  const [notice, setNotice] = useState<{ place: string; message: string } | null>(null);
  return {
    at: (place) => (notice?.place === place ? notice.message : ''),
    say: (place, message) => setNotice({ place, message }),
    clear: () => setNotice(null),
  };
}

/**
 * Where focus goes after a row is removed (its buttons went with it): once the row `id` is no
 * longer among `ids`, to the first of `targets` (element ids) still in the page.
 */
export function useFocusAfterRemoval(ids: readonly number[]) {
  const pending = useRef<{ id: number; targets: string[] } | null>(null);
  // After every render: the one that shows the list without the row is the one to act on.
  useEffect(() => {
    const removed = pending.current;
    if (!removed || ids.includes(removed.id)) return;
    pending.current = null;
    removed.targets
      .map((target) => document.getElementById(target))
      .find((element) => element !== null)
      ?.focus();
  });
  return (id: number, ...targets: string[]) => {
    pending.current = { id, targets };
  };
}
