import { followUpSourceText, movedTexts, type Activity } from '@malbild/shared';
import { ActivityDraftNote, ActivityStatusBadge } from '../../../components/activity-status';
import { formatDate } from '../../../lib/format';
import { strings } from '../strings';

export type RowActionKind = 'edit' | 'followUp' | 'remove';
export type RowAction = (kind: RowActionKind, activity: Activity) => void;

interface PlanRowProps {
  activity: Activity;
  /** Row number within the measure's table, as the documents number them. */
  row: number;
  editable: boolean;
  withActions: boolean;
  onAction: RowAction;
}

const [UNITS, VERKSAMHET, TEXT, ANTAL, COUNT_UNIT, COMMENT, STATUS] = strings.columns;

/** One activity; on a phone each row becomes a card, its cells labelled from data-label. */
export function PlanRow({ activity, row, editable, withActions, onAction }: PlanRowProps) {
  const context = strings.rowContext(row, activity.measureNumber);
  const action = (kind: RowActionKind, label: string, className = 'button--secondary') => (
    <button
      type="button"
      className={`button button--small ${className}`}
      onClick={() => onAction(kind, activity)}
    >
      {label}
      <span className="visually-hidden"> {context}</span>
    </button>
  );
  return (
    <tr>
      <td data-label={strings.rowNumber} className="plan-table__number">
        {row}
      </td>
      <td data-label={UNITS}>{activity.unitsRaw}</td>
      <td data-label={VERKSAMHET}>{activity.verksamhet}</td>
      <td data-label={TEXT} className="plan-table__text">
        {activity.text} <ActivityDraftNote draft={activity.draft} />
      </td>
      <td data-label={ANTAL} className="numeric">
        {activity.antal}
      </td>
      <td data-label={COUNT_UNIT}>{activity.countUnit}</td>
      <td data-label={COMMENT}>{activity.comment}</td>
      <td data-label={STATUS}>
        <ActivityStatusBadge status={activity.displayStatus} />
        {activity.followUp && (
          <span className="plan-table__follow-up">
            {strings.followUpOn(formatDate(activity.followUp.date))}
            {activity.followUp.comment && `: ${activity.followUp.comment}`}
            {activity.followUp.source && ` (${followUpSourceText(activity.followUp.source)})`}
          </span>
        )}
        {movedTexts(activity).map((text) => (
          <span key={text} className="plan-table__follow-up">
            {text}
          </span>
        ))}
      </td>
      {withActions && (
        <td className="plan-table__actions">
          {editable && (
            <div className="plan-table__buttons">
              {action('edit', strings.edit)}
              {action('followUp', strings.followUp)}
              {action('remove', strings.remove, 'button--danger')}
            </div>
          )}
        </td>
      )}
    </tr>
  );
}
