import { strings } from '../strings';

export function KeyboardHelp() {
  return (
    <details className="entry-help">
      <summary>{strings.keyboardHelpSummary}</summary>
      <ul>
        {strings.keyboardHelp.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
