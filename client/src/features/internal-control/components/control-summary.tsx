import {
  CONTROL_ASSESSMENT_LABELS,
  ControlAssessmentSchema,
  type ControlSummary,
} from '@malbild/shared';
import { strings } from '../strings';

/** Per common kontrollpunkt: how many units found no remarks, deficiencies, serious ones. */
export function ControlSummaryTable({ summary }: { summary: ControlSummary }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={strings.summaryCaption}>
      <table className="data-table data-table--wide">
        <caption>{strings.summaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Kontrollpunkt</th>
            {ControlAssessmentSchema.options.map((a) => (
              <th key={a} scope="col">
                {CONTROL_ASSESSMENT_LABELS[a]}
              </th>
            ))}
            <th scope="col">{strings.notFollowedUp}</th>
            <th scope="col">{strings.openActions}</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.controlPoint.id}>
              <td>{row.controlPoint.position}</td>
              <th scope="row">{row.controlPoint.text}</th>
              {ControlAssessmentSchema.options.map((a) => (
                <td key={a}>{row.counts[a]}</td>
              ))}
              <td>
                {row.missing.length}
                {row.missing.length > 0 && (
                  <span className="control-summary__missing"> ({row.missing.join(', ')})</span>
                )}
              </td>
              <td>{row.openActions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
