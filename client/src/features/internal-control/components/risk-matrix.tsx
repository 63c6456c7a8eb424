import { RISK_SCALE, riskScore, type Risk } from '@malbild/shared';
import { strings } from '../strings';

/** Score bands only shade the cells; each cell says its count and riskpoäng in words. */
const band = (score: number) => (score >= 12 ? 'high' : score >= 6 ? 'medium' : 'low');

/**
 * The 4 × 4 risk matrix: konsekvens upwards, sannolikhet to the right, as the documents score
 * them. A real table, so a screen reader names the row and column of every cell.
 */
export function RiskMatrix({ risks, level }: { risks: readonly Risk[]; level: string }) {
  const konsekvensUp = [...RISK_SCALE].reverse();
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={strings.matrixCaption(level, risks.length)}
    >
      <table className="risk-matrix">
        <caption>{strings.matrixCaption(level, risks.length)}</caption>
        <thead>
          <tr>
            <td />
            {RISK_SCALE.map((s) => (
              <th key={s} scope="col">
                {strings.sannolikhet} {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {konsekvensUp.map((k) => (
            <tr key={k}>
              <th scope="row">
                {strings.konsekvens} {k}
              </th>
              {RISK_SCALE.map((s) => {
                const here = risks.filter((r) => r.sannolikhet === s && r.konsekvens === k);
                const score = riskScore(s, k);
                return (
                  <td
                    key={s}
                    className={`risk-matrix__cell risk-matrix__cell--${band(score)}${here.length ? ' risk-matrix__cell--filled' : ''}`}
                  >
                    <span className="risk-matrix__count">{strings.riskCount(here.length)}</span>
                    {here.length > 0 && (
                      <span className="risk-matrix__numbers">
                        {strings.riskNumbers(here.map((r) => r.position))}
                      </span>
                    )}
                    <span className="risk-matrix__score">{strings.riskScore(score)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
