import { CONTROL_POINT_COLUMNS, type ControlPlan, type Risk } from '@malbild/shared';
import { formatDate } from '../../../lib/format';
import { strings } from '../strings';

const [, , , text, , regulation, period, method, responsible, time, followUp, report] =
  CONTROL_POINT_COLUMNS;
const COLUMNS = [text, regulation, period, method, responsible, time, followUp, report];

const dateOrDash = (date: string | null) => (date ? formatDate(date) : '–');

export function planStatus(plan: ControlPlan): string {
  return plan.status === 'decided'
    ? strings.decided(dateOrDash(plan.date), plan.decisionParagraph ?? '')
    : strings.draft(plan.date && formatDate(plan.date));
}

/** Each plan of the year with its kontrollpunkter, what they come from, and earlier versions. */
export function ControlPlans({
  plans,
  risks,
  year,
}: {
  plans: readonly ControlPlan[];
  risks: readonly Risk[];
  year: number;
}) {
  if (plans.length === 0) return <p className="empty">{strings.noPlans}</p>;
  const riskNumber = (id: number | null) => risks.find((r) => r.id === id)?.position;
  return plans.map((plan) => {
    const title =
      plan.unit === null ? strings.koncernPlan(year) : strings.unitPlan(plan.unit, year);
    return (
      <section key={plan.id} className="control-plan" aria-labelledby={`plan-${plan.id}`}>
        <h3 id={`plan-${plan.id}`}>{title}</h3>
        <p className={`plan-status plan-status--${plan.status}`}>{planStatus(plan)}</p>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={strings.planCaption(title)}
        >
          <table className="data-table data-table--wide">
            <caption className="visually-hidden">{strings.planCaption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">Nr</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.controlPoints.map((p) => {
                const fromRisk = riskNumber(p.riskId);
                return (
                  <tr key={p.id}>
                    <td>{p.position}</td>
                    <th scope="row">
                      {p.text}
                      <span className="control-plan__kind">
                        {plan.unit === null || p.commonId !== null ? strings.common : strings.own}
                        {fromRisk !== undefined && ` · ${strings.fromRisk(fromRisk)}`}
                      </span>
                    </th>
                    <td>{p.regulation}</td>
                    <td>{p.period}</td>
                    <td>{p.method}</td>
                    <td>{p.responsible}</td>
                    <td>{p.timeEstimate}</td>
                    <td>{dateOrDash(p.deadlineFollowUp)}</td>
                    <td>{dateOrDash(p.deadlineReport)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {plan.history.length > 0 && (
          <details className="control-plan__history">
            <summary>{strings.historyHeading(plan.history.length)}</summary>
            {plan.history.map((entry, index) => (
              <div key={index}>
                <p>
                  {strings.historyEntry(
                    entry.status === 'draft' ? strings.proposal : strings.decidedWord,
                    formatDate(entry.date),
                    entry.source?.title ?? null,
                  )}
                </p>
                <ol>
                  {entry.controlPoints.map((p) => (
                    <li key={p.position} value={p.position}>
                      {p.text}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </details>
        )}
      </section>
    );
  });
}
