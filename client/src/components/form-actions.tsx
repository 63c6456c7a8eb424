import type { ReactNode } from 'react';
import { strings } from './strings';

interface FormActionsProps {
  submitLabel: string;
  /** While the form is sending: the button says so and cannot be pressed twice. */
  pending: boolean;
  pendingLabel?: string;
  /** What the last action did ("Sparat."); when given, a live region that is always there. */
  status?: string | null;
  /** Further buttons, after the submit button (Avbryt). */
  children?: ReactNode;
}

/** The end of every form: the submit button, other buttons, and the form's status message. */
export function FormActions(props: FormActionsProps) {
  const { submitLabel, pending, pendingLabel = strings.saving, status, children } = props;
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </button>
      {children}
      {status !== undefined && (
        <p role="status" className="form-actions__status">
          {status}
        </p>
      )}
    </div>
  );
}
