import type { ReactNode } from 'react';

/** A failed preview or commit, announced at once: what failed, the server's reason, details. */
export function ErrorAlert(props: { title: string; message: string; children?: ReactNode }) {
  return (
    <div role="alert" className="error-box">
      <p>
        <strong>{props.title}.</strong> {props.message}
      </p>
      {props.children}
    </div>
  );
}
