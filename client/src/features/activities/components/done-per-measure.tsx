import { followUpSummary, groupByMeasure, type Activity } from '@malbild/shared';
import { DoneShare } from '../../../components/activity-status';
import { strings } from '../strings';

interface DonePerMeasureProps {
  activities: readonly Activity[];
  measureName: (number: number) => string;
}

/** How many of the activities shown are done, per resultatmått; folded away until asked for. */
export function DonePerMeasure({ activities, measureName }: DonePerMeasureProps) {
  return (
    <details className="done-per-measure">
      <summary>
        {strings.donePerMeasure}: {followUpSummary(activities)}
      </summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{strings.measureColumn}</th>
              <th scope="col">{strings.doneColumn}</th>
            </tr>
          </thead>
          <tbody>
            {groupByMeasure(activities)
              .sort(([a], [b]) => a - b)
              .map(([number, rows]) => (
                <tr key={number}>
                  <th scope="row">
                    {number}. {measureName(number)}
                  </th>
                  <td>
                    <DoneShare activities={rows} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
