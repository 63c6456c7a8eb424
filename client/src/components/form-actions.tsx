import type { ReactNode } from 'react';
import { strings } from './strings';

interface FormActionsProps {
  submitLabel: string;
  /** While the form is sending: the button says so and cannot be pressed twice. */
  pending: boolean;
  pendingLabel?: string;
  /** What the last action did ("Sparat."); when given, a live region that is always there. */
  status?: string | null;
  /**
   * A versioned form's: the user just kept their edits on another writer's version, and the
   * status says so. Given, the form has a status region even without `status`.
   */
  reapplied?: boolean;
  /** Further buttons, after the submit button (Avbryt). */
  children?: ReactNode;
}

/** The end of every form: the submit button, other buttons, and the form's status message. */
export function FormActions(props: FormActionsProps) {
  const { submitLabel, pending, pendingLabel = strings.saving, children } = props;
  const live = props.status !== undefined || props.reapplied !== undefined;
  const status = props.reapplied ? strings.conflictReapplied : props.status;
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
      {children}
      {live && (
        <p role="status" className="form-actions__status">
          {status}
        </p>
      )}
    </div>
  );
}
