import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { confirmLeaving } from '../../../lib/unsaved-changes';
import { strings } from '../strings';

interface PlanDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal <dialog>: the browser keeps focus inside and closes it on Escape. Focus goes back to
 * the button that opened it, or to the page heading when that button is gone (a removed row).
 */
export function PlanDialog({ title, onClose, children }: PlanDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>('h1');
      target?.focus();
    };
  }, []);
  const close = () => {
    if (confirmLeaving()) onClose();
  };
  return (
    <dialog
      ref={dialog}
      className="plan-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      <div className="plan-dialog__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--secondary button--small" onClick={close}>
          {strings.close}
        </button>
      </div>
      {children}
    </dialog>
  );
}
