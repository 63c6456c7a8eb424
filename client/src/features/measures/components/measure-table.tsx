import type { YearState } from '@malbild/shared';
import { NoDataReasons } from '../../../components/no-data-reasons';
import { StateBadge } from '../../../components/state-badge';
import { formatValue, type ValueFormat } from '../../../lib/format';
import type { ChartData, FootnoteRef } from '../chart-data';
import { strings } from '../strings';
import { Footnotes } from './footnotes';

interface MeasureTableProps {
  data: ChartData;
  format: ValueFormat;
  caption: string;
  /** The state of each year of the period; years before it have none. */
  states: readonly YearState[];
  /** A year to mark, e.g. the one chosen on the start page. */
  highlightYear?: number;
}

/** The chart's figures as a table: for screen readers, keyboard users and anyone who wants exact numbers. */
export function MeasureTable({ data, format, caption, states, highlightYear }: MeasureTableProps) {
  const stateByYear = new Map(states.map((s) => [s.year, s]));
  const country = data.comparison?.country != null;
  const group = data.comparison?.group != null;
  const periodStart = states[0]?.year ?? -Infinity;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columnYear}</th>
            <th scope="col" className="numeric">
              {strings.columnOutcome}
            </th>
            <th scope="col" className="numeric">
              {strings.columnTarget}
            </th>
            <th scope="col">{strings.columnState}</th>
            {country && (
              <th scope="col" className="numeric">
                {strings.columnCountry}
              </th>
            )}
            {group && (
              <th scope="col" className="numeric">
                {strings.columnGroup}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => {
            const state = stateByYear.get(row.year);
            return (
              <tr
                key={row.year}
                className={row.year === highlightYear ? 'is-highlighted' : undefined}
                data-year={row.year}
              >
                <th scope="row">{row.year}</th>
                <td className="numeric" data-testid="outcome">
                  {formatValue(row.outcome, format)}
                  <FootnoteMarks footnotes={row.footnotes} kind="outcome" />
                </td>
                <td className="numeric" data-testid="target">
                  {formatValue(row.target, format)}
                  {row.endTarget !== null && (
                    <span className="table-note"> {strings.endTargetMark}</span>
                  )}
                  <FootnoteMarks footnotes={row.footnotes} kind="target" />
                </td>
                <td>
                  {state ? (
                    <>
                      <StateBadge state={state.state} provisional={state.provisional} />
                      <NoDataReasons reasons={state.noDataReasons} />
                    </>
                  ) : (
                    <span className="muted">
                      {row.year < periodStart ? strings.beforePeriod : '–'}
                    </span>
                  )}
                </td>
                {country && (
                  <td className="numeric" data-testid="country">
                    {formatValue(row.country, format)}
                  </td>
                )}
                {group && (
                  <td className="numeric" data-testid="group">
                    {formatValue(row.group, format)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        {data.footnotes.length > 0 && (
          <tfoot>
            <tr>
              <td colSpan={4 + Number(country) + Number(group)}>
                <Footnotes footnotes={data.footnotes} />
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

/** "1)" after a figure: the note itself is in the table's foot, as in the documents. */
function FootnoteMarks({
  footnotes,
  kind,
}: {
  footnotes: readonly FootnoteRef[];
  kind: FootnoteRef['kind'];
}) {
  return footnotes
    .filter((f) => f.kind === kind)
    .map((f) => (
      <span key={f.number} className="footnote-mark">
        <span className="visually-hidden">{strings.footnoteMark}</span>
        {f.number})
      </span>
    ));
}
