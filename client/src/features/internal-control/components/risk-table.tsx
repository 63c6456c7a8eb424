import { RISK_COLUMNS, type Risk } from '@malbild/shared';
import { strings } from '../strings';

/** The risk analysis as the documents print it, with riskpoäng computed. */
export function RiskTable({
  risks,
  level,
  onEdit,
}: {
  risks: readonly Risk[];
  level: string;
  /** Given: each row has a button that opens its form. */
  onEdit?: ((risk: Risk) => void) | undefined;
}) {
  const [, number, risk, process, regulation, period, method, s, k, score] = RISK_COLUMNS;
  return (
    <div
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
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">{strings.editRisk}</span>
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
              {onEdit && (
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onEdit(r)}
                  >
                    {strings.editRisk}
                    <span className="visually-hidden">: risk nr {r.position}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
