import type { Footnote } from '../chart-data';
import { strings } from '../strings';

/** The footnotes that the chart and the table refer to with "1)", "2)". */
export function Footnotes({ footnotes }: { footnotes: readonly Footnote[] }) {
  if (footnotes.length === 0) return null;
  return (
    <ol className="footnotes" aria-label={strings.footnotesLabel}>
      {footnotes.map((footnote) => (
        <li key={footnote.number}>
          <span className="footnotes__ref">{footnote.number})</span> {footnote.text}{' '}
          <span className="footnotes__refs">
            (
            {footnote.refs.map((ref) => `${strings.footnoteKind[ref.kind]} ${ref.year}`).join(', ')}
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
