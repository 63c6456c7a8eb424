import type { FieldError, ImportRow } from '@malbild/shared';
import { strings } from '../strings';
import { RowStatus } from './row-status';
import { ValueDiff } from './value-diff';

const messageOf = ({ path, message }: FieldError) =>
  path === 'rad' ? message : `${path}: ${message}`;

function Messages({ row }: { row: ImportRow }) {
  if (row.errors.length === 0 && row.warnings.length === 0) {
    return row.notice ? <>{row.notice}</> : null;
  }
  return (
    <>
      {row.errors.length > 0 && (
        <ul className="import-errors">
          {row.errors.map((error) => (
            <li key={`${error.path}:${error.message}`}>{messageOf(error)}</li>
          ))}
        </ul>
      )}
      {row.warnings.length > 0 && (
        <ul className="import-warnings">
          {row.warnings.map((warning) => (
            <li key={`${warning.path}:${warning.message}`}>
              <strong>{strings.warningWord}</strong> {messageOf(warning)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Each row of the import with its status, the diff of outcome and target, and its errors. */
export function PreviewTable({ rows, total }: { rows: ImportRow[]; total: number }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={strings.rowsLabel}>
      <table className="data-table import-table">
        <caption>{strings.tableCaption(rows.length, total)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columnLine}</th>
            <th scope="col">{strings.columnMeasure}</th>
            <th scope="col">{strings.columnYear}</th>
            <th scope="col">{strings.columnStatus}</th>
            <th scope="col">{strings.columnOutcome}</th>
            <th scope="col">{strings.columnTarget}</th>
            <th scope="col">{strings.columnMessage}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className={`import-row import-row--${row.status}`}>
              <td className="numeric">{row.line}</td>
              <td className="numeric">{row.measureNumber ?? strings.noValue}</td>
              <td className="numeric">{row.year ?? strings.noValue}</td>
              <td>
                <RowStatus status={row.status} />
              </td>
              <td>
                <ValueDiff diff={row.values.find((v) => v.kind === 'outcome')} />
              </td>
              <td>
                <ValueDiff diff={row.values.find((v) => v.kind === 'target')} />
              </td>
              <td>
                <Messages row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
