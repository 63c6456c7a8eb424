import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { EntryRow } from '@malbild/shared';
import { strings } from '../strings';

/** The history of one measure's values, given by the page (it lives in another feature). */
export type HistoryRenderer = (measure: EntryRow['measure'], year: number) => ReactNode;

interface HistoryDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal <dialog>: the browser keeps focus inside it, makes the page behind it inert and closes
 * it on Esc. It is opened once when mounted; unmounting removes it, so no close() is needed.
 */
export function HistoryDialog({ title, onClose, children }: HistoryDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="history-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="history-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => dialog.current?.close()}
        >
          {strings.close}
        </button>
      </div>
      <div className="history-dialog__body">{children}</div>
    </dialog>
  );
}
