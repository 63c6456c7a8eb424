import { useEffect } from 'react';

// Pages with unsaved edits (the entry grid, forms) register here, so that leaving them – closing
// the tab, following a link, signing out – asks first. React Router's useBlocker needs a data
// router, which this app does not use; links are therefore caught before the router sees them.

const LEAVE_MESSAGE = 'Du har ändringar som inte är sparade. Vill du lämna sidan ändå?';
let dirtyCount = 0;

/** True when nothing is unsaved, or the user agrees to lose it. */
export function confirmLeaving(): boolean {
  return dirtyCount === 0 || window.confirm(LEAVE_MESSAGE);
}

function onBeforeUnload(event: BeforeUnloadEvent) {
  event.preventDefault();
}

function onLinkClick(event: MouseEvent) {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  // Links within the page (the skip link) and to new tabs leave nothing behind.
  const href = link?.getAttribute('href') ?? '#';
  if (href.startsWith('#') || link?.getAttribute('target') === '_blank') return;
  if (!confirmLeaving()) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/** While `dirty`, warns before the page is left. */
export function useUnsavedChangesWarning(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    dirtyCount += 1;
    if (dirtyCount === 1) {
      window.addEventListener('beforeunload', onBeforeUnload);
      // Capture phase on the document: runs before React Router's click handler on the root.
      document.addEventListener('click', onLinkClick, true);
    }
    return () => {
      dirtyCount -= 1;
      if (dirtyCount === 0) {
        window.removeEventListener('beforeunload', onBeforeUnload);
        document.removeEventListener('click', onLinkClick, true);
      }
    };
  }, [dirty]);
}
