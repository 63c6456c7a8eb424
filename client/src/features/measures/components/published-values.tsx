import type { MeasureDetail } from '@malbild/shared';
import { formatDate, formatValue } from '../../../lib/format';
import { strings } from '../strings';

/** Figures another document published for the same year, e.g. before a revision. */
export function PublishedValues({ measure }: { measure: MeasureDetail }) {
  if (measure.publishedValues.length === 0) return null;
  const current = (kind: 'outcome' | 'target', year: number) =>
    (kind === 'outcome' ? measure.outcomes : measure.targets).find((row) => row.year === year)
      ?.value ?? null;
  const rows = [...measure.publishedValues].sort(
    (a, b) => a.year - b.year || a.source.date.localeCompare(b.source.date),
  );
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">{strings.publishedHeading}</h2>
      <p>{strings.publishedIntro}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="published-caption">
        <table className="data-table data-table--wide">
          <caption id="published-caption">{strings.publishedCaption(measure.number)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columnYear}</th>
              <th scope="col">{strings.columnKind}</th>
              <th scope="col" className="numeric">
                {strings.columnPublished}
              </th>
              <th scope="col" className="numeric">
                {strings.columnCurrent}
              </th>
              <th scope="col">{strings.columnNotes}</th>
              <th scope="col">{strings.columnSource}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.year}-${row.source.id}`}>
                <th scope="row">{row.year}</th>
                <td>{strings.publishedKind[row.kind]}</td>
                <td className="numeric">{formatValue(row.value, measure)}</td>
                <td className="numeric">{formatValue(current(row.kind, row.year), measure)}</td>
                <td>{row.note}</td>
                <td>
                  {row.source.title}, <span className="nowrap">{formatDate(row.source.date)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
