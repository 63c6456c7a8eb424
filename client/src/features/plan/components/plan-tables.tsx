import { groupByMeasure, type Activity } from '@malbild/shared';
import { DoneShare } from '../../../components/activity-status';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';
import { PlanRow, type RowAction } from './plan-row';

interface PlanTablesProps {
  activities: readonly Activity[];
  measures: readonly PlanMeasure[];
  /** Whether the user may change this activity; the actions column shows only if any may. */
  editable: (activity: Activity) => boolean;
  onAction: RowAction;
}

/** The plan as the documents lay it out: one table per resultatmått, rows numbered within it. */
export function PlanTables({ activities, measures, editable, onAction }: PlanTablesProps) {
  const withActions = activities.some(editable);
  return groupByMeasure(activities).map(([number, rows]) => {
    const measure = measures.find((m) => m.number === number);
    const headingId = `plan-measure-${number}`;
    return (
      <section key={number} className="plan-measure" aria-labelledby={headingId}>
        <h2 id={headingId}>{strings.measureHeading(number, measure?.statement ?? '')}</h2>
        <p className="plan-measure__facts">
          <span>
            {strings.measureName}: {measure?.name}
          </span>
          <DoneShare activities={rows} />
        </p>
        <div className="plan-table-wrap">
          <table className="data-table plan-table">
            <caption className="visually-hidden">{strings.tableCaption(number)}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.rowNumber}</th>
                {strings.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                {withActions && (
                  <th scope="col" className="plan-table__actions">
                    {strings.actions}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((activity, index) => (
                <PlanRow
                  key={activity.id}
                  activity={activity}
                  row={index + 1}
                  editable={editable(activity)}
                  withActions={withActions}
                  onAction={onAction}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  });
}
