/**
 * A view's polite status line: what the last action did ("Risken är sparad."), until the next
 * action, a form opened or a new view (a year, a unit) replaces it. Always in the page, empty
 * when there is nothing to say, so that a screen reader announces the text when it comes.
 */
export function StatusMessage({ message }: { message: string }) {
  return (
    <p role="status" className={message ? 'notice' : 'notice--none'}>
      {message}
    </p>
  );
}
