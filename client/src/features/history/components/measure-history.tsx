import type { ReactNode } from 'react';
import type { HistoryEntry, PublishedValue } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { formatDate, formatDateTime, formatValue, type ValueFormat } from '../../../lib/format';
import { useMeasureHistory } from '../api/get-measure-history';
import { describeState } from '../describe-state';
import { strings } from '../strings';
import '../history.css';

interface MeasureHistoryProps {
  number: number;
  /** How the measure's values are written (unit, decimals). */
  format: ValueFormat;
  /** Only this year's outcome and target (the entry grid); all changes when left out. */
  year?: number;
  headingLevel?: 2 | 3;
  /** False where the page shows the earlier published values already (the measure page). */
  withPublished?: boolean;
}

/**
 * Every change made in Målbild to the measure (old → new, who, when, why) and the figures other
 * documents published for it. Public, like the API behind it: the measure page may show it too.
 */
export function MeasureHistory({
  number,
  format,
  year,
  headingLevel = 3,
  withPublished = true,
}: MeasureHistoryProps) {
  const query = useMeasureHistory(number);
  const Heading = `h${headingLevel}` as const;
  return (
    <QueryState query={query} label={strings.label}>
      {({ changes, publishedValues }) => {
        const inYear = <T extends { year: number | null }>(rows: readonly T[]) =>
          year === undefined ? rows : rows.filter((row) => row.year === year);
        return (
          <div className="measure-history">
            <Heading>{strings.changesHeading}</Heading>
            <ChangeTable number={number} format={format} changes={inYear(changes)} />
            {withPublished && (
              <>
                <Heading>{strings.publishedHeading}</Heading>
                <PublishedTable number={number} format={format} values={inYear(publishedValues)} />
              </>
            )}
          </div>
        );
      }}
    </QueryState>
  );
}

interface ChangeTableProps {
  number: number;
  format: ValueFormat;
  changes: readonly HistoryEntry[];
}

function ChangeTable({ number, format, changes }: ChangeTableProps) {
  return (
    <HistoryTable
      caption={strings.changesCaption(number)}
      empty={strings.noChanges}
      rows={changes}
      columns={
        <>
          <th scope="col">{strings.columnWhen}</th>
          <th scope="col">{strings.columnWhat}</th>
          <th scope="col">{strings.columnBefore}</th>
          <th scope="col">{strings.columnAfter}</th>
          <th scope="col">{strings.columnWho}</th>
          <th scope="col">{strings.columnReason}</th>
        </>
      }
      row={(change, index) => (
        <tr key={`${change.changedAt}-${index}`}>
          <th scope="row" className="nowrap">
            {formatDateTime(change.changedAt)}
          </th>
          <td>
            {strings.kinds[change.kind]} {change.year ?? ''}
          </td>
          <td>{describeState(change.oldState, format)}</td>
          <td>{describeState(change.newState, format)}</td>
          <td>{change.changedBy}</td>
          <td>{change.reason ?? strings.nothing}</td>
        </tr>
      )}
    />
  );
}

interface PublishedTableProps {
  number: number;
  format: ValueFormat;
  values: readonly PublishedValue[];
}

function PublishedTable({ number, format, values }: PublishedTableProps) {
  return (
    <HistoryTable
      caption={strings.publishedCaption(number)}
      empty={strings.noPublished}
      rows={values}
      columns={
        <>
          <th scope="col">{strings.columnYear}</th>
          <th scope="col" className="numeric">
            {strings.columnValue}
          </th>
          <th scope="col">{strings.columnSource}</th>
        </>
      }
      row={(value) => (
        <tr key={`${value.kind}-${value.year}-${value.source.id}`}>
          <th scope="row">
            {strings.kinds[value.kind]} {value.year}
          </th>
          <td className="numeric">
            {formatValue(value.value, format)}
            {value.note && <span className="table-footnote">{value.note}</span>}
          </td>
          <td>
            {value.source.title}, <span className="nowrap">{formatDate(value.source.date)}</span>
          </td>
        </tr>
      )}
    />
  );
}

interface HistoryTableProps<T> {
  /** Read out as the table's name and the name of its scrolling region. */
  caption: string;
  /** Said instead of an empty table. */
  empty: string;
  rows: readonly T[];
  /** The header cells. */
  columns: ReactNode;
  row: (item: T, index: number) => ReactNode;
}

/** A wide table that scrolls sideways on its own, reachable and named for the keyboard. */
function HistoryTable<T>({ caption, empty, rows, columns, row }: HistoryTableProps<T>) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table data-table--wide">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{columns}</tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </div>
  );
}
