import { useEffect, useRef, type ReactNode } from 'react';
import { strings } from './strings';

interface ConflictBoxProps {
  /** What was edited, in Swedish definite form, e.g. "definitionen"; goes into the title. */
  subject: string;
  /** What the other version holds now. */
  children: ReactNode;
  takeCurrentLabel: string;
  /** Keeps the user's edits, laid on the other version, for the user to check and save. */
  onReapply: () => void;
  /** Drops the user's edits in favour of the other version. */
  onTakeCurrent: () => void;
}

/**
 * A 409 on a form: what the other writer saved, and the user's two ways on. It takes focus when
 * shown, so a screen reader reads it at once and a keyboard user starts at its buttons.
 */
export function ConflictBox(props: ConflictBoxProps) {
  const { subject, children, takeCurrentLabel, onReapply, onTakeCurrent } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} className="error-box conflict-box" tabIndex={-1}>
      <p>
        <strong>{strings.conflictTitle(subject)}</strong>
      </p>
      {children}
      <div className="form-actions">
        <button type="button" className="button" onClick={onReapply}>
          {strings.conflictReapply}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeCurrent}>
          {takeCurrentLabel}
        </button>
      </div>
    </div>
  );
}
