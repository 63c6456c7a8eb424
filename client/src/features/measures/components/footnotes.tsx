import type { Footnote } from '../chart-data';
import { strings } from '../strings';

/** The footnotes the chart refers to with "1)", "2)": the same notes as in the table. */
export function ChartFootnotes({ footnotes }: { footnotes: readonly Footnote[] }) {
  if (footnotes.length === 0) return null;
  return (
    <ol className="chart-footnotes" aria-label={strings.footnotesLabel}>
      {footnotes.map((footnote) => (
        <li key={footnote.number}>
          <span className="chart-footnotes__ref">{footnote.number})</span> {footnote.text}{' '}
          <span className="chart-footnotes__refs">
            (
            {footnote.refs.map((ref) => `${strings.footnoteKind[ref.kind]} ${ref.year}`).join(', ')}
            )
          </span>
        </li>
      ))}
    </ol>
  );
}
