import { RISK_COLUMNS, type Risk } from '@malbild/shared';
import { strings } from '../strings';

/** The risk analysis as the documents print it, with riskpoäng computed. */
export function RiskTable({
  risks,
  level,
  regionId,
  onEdit,
  onRemove,
}: {
  risks: readonly Risk[];
  level: string;
  /** The table's scroll region, where focus goes after a risk is removed. */
  regionId: string;
  /** Given: each row has a button that opens its form. */
  onEdit?: ((risk: Risk) => void) | undefined;
  /** Given: each row has a button that asks before the risk is removed. */
  onRemove?: ((risk: Risk) => void) | undefined;
}) {
  const [, number, risk, process, regulation, period, method, s, k, score] = RISK_COLUMNS;
  return (
    <div
      id={regionId}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={strings.tableCaption(level)}
    >
      <table className="data-table data-table--wide">
        <caption>{strings.tableCaption(level)}</caption>
        <thead>
          <tr>
            {[number, risk, process, regulation, period, method, s, k, score].map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">{strings.becomesControlPoint}</th>
            {(onEdit ?? onRemove) && (
              <th scope="col">
                <span className="visually-hidden">{strings.rowActions}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => (
            <tr key={r.id}>
              <td>{r.position}</td>
              <th scope="row">{r.text}</th>
              <td>{r.process}</td>
              <td>{r.regulation}</td>
              <td>{r.period}</td>
              <td>{r.method}</td>
              <td>{r.sannolikhet}</td>
              <td>{r.konsekvens}</td>
              <td>{r.riskpoang}</td>
              <td>{r.controlPoint ? strings.yes : strings.no}</td>
              {(onEdit ?? onRemove) && (
                <td>
                  <span className="control-row-actions">
                    {onEdit && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => onEdit(r)}
                      >
                        {strings.editRisk}
                        <span className="visually-hidden">: risk nr {r.position}</span>
                      </button>
                    )}
                    {onRemove && (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => onRemove(r)}
                      >
                        {strings.remove}
                        <span className="visually-hidden">
                          {' '}
                          {strings.riskName(r.position, level)}
                        </span>
                      </button>
                    )}
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
