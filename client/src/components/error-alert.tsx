import type { ReactNode } from 'react';

interface ErrorAlertProps {
  /** What failed, e.g. "Inloggningen misslyckades"; without it the message stands alone. */
  title?: string;
  message: string;
  children?: ReactNode;
}

/** A refusal that is about no single field, announced at once: what failed and why. */
export function ErrorAlert({ title, message, children }: ErrorAlertProps) {
  return (
    <div role="alert" className="error-box">
      <p>
        {title && <strong>{title}. </strong>}
        {message}
      </p>
      {children}
    </div>
  );
}
