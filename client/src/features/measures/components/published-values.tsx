import type { MeasureDetail, PublishedValue } from '@malbild/shared';
import { formatDate, formatValue } from '../../../lib/format';
import { strings } from '../strings';

/** The published values grouped per source document, oldest document first. */
function bySource(values: readonly PublishedValue[]): PublishedValue[][] {
  const groups = new Map<string, PublishedValue[]>();
  for (const value of values) {
    groups.set(value.source.id, [...(groups.get(value.source.id) ?? []), value]);
  }
  return [...groups.values()]
    .map((rows) => rows.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind)))
    .sort((a, b) => a[0]!.source.date.localeCompare(b[0]!.source.date));
}

/** Figures another document published for the same year, e.g. before a revision. */
export function PublishedValues({ measure }: { measure: MeasureDetail }) {
  if (measure.publishedValues.length === 0) return null;
  const current = (kind: PublishedValue['kind'], year: number) =>
    (kind === 'outcome' ? measure.outcomes : measure.targets).find((row) => row.year === year)
      ?.value ?? null;
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">{strings.publishedHeading}</h2>
      <p>{strings.publishedIntro}</p>
      {bySource(measure.publishedValues).map((rows) => {
        const { source } = rows[0]!;
        const caption = strings.publishedCaption(source.title, formatDate(source.date));
        return (
          <div
            key={source.id}
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={caption}
          >
            <table className="data-table" data-testid="published-values">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.columnYearAndKind}</th>
                  <th scope="col" className="numeric">
                    {strings.columnPublished}
                  </th>
                  <th scope="col" className="numeric">
                    {strings.columnCurrent}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.kind}-${row.year}`}>
                    <th scope="row">
                      {row.year}{' '}
                      <span className="table-note">{strings.publishedKind[row.kind]}</span>
                    </th>
                    <td className="numeric">
                      {formatValue(row.value, measure)}
                      {row.note && (
                        <span className="table-footnote">{strings.publishedNote(row.note)}</span>
                      )}
                    </td>
                    <td className="numeric">{formatValue(current(row.kind, row.year), measure)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
