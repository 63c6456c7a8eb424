import { Link } from 'react-router';
import { followUpSourceText, movedTexts, type Activity } from '@malbild/shared';
import { ActivityDraftNote, ActivityStatusBadge } from '../../../components/activity-status';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';
import { Fact } from './fact';

// "Alla" stays as written: twelve full names would bury the activity itself.
const MAX_NAMED_UNITS = 3;

interface ActivityItemProps {
  activity: Activity;
  /** Name of the activity's measure; omitted on the measure's own page. */
  measureName?: string;
  showYear: boolean;
  unitName: (code: string) => string;
}

/** The id of an activity's item in a list, for a link to where it stands (e.g. after "Visa fler"). */
export const activityAnchor = (id: number) => `aktivitet-${String(id)}`;

export function ActivityItem({ activity, measureName, showYear, unitName }: ActivityItemProps) {
  const periodId = useShownPeriodId();
  const responsible =
    activity.units.length > MAX_NAMED_UNITS
      ? strings.manyUnits(activity.unitsRaw, activity.units.length)
      : activity.units
          .map((code) => (unitName(code) === code ? code : `${unitName(code)} (${code})`))
          .join(', ');
  const antal = [activity.antal, activity.countUnit].filter(Boolean).join(' ');
  return (
    <li className="activity" id={activityAnchor(activity.id)}>
      {measureName !== undefined && (
        <p className="activity__measure">
          <Link to={paths.measure(activity.measureNumber, periodId)}>
            {strings.measureLink(activity.measureNumber, measureName)}
          </Link>
        </p>
      )}
      <p className="activity__text">
        <Link to={paths.activity(activity.id)}>{activity.text}</Link>{' '}
        <ActivityDraftNote draft={activity.draft} />
      </p>
      <dl className="activity__meta">
        {showYear && (
          <div>
            <dt>{strings.yearLabel}</dt>
            <dd>{activity.year}</dd>
          </div>
        )}
        <div>
          <dt>{strings.responsible}</dt>
          <dd>{responsible}</dd>
        </div>
        <Fact term={strings.verksamhet}>{activity.verksamhet}</Fact>
        <Fact term={strings.antal}>{antal}</Fact>
        <div>
          <dt>{strings.status}</dt>
          <dd>
            <ActivityStatusBadge status={activity.displayStatus} />
          </dd>
        </div>
      </dl>
      {activity.followUp?.comment && (
        <p className="activity__comment">
          <span className="activity__comment-label">
            {strings.followUp(formatDate(activity.followUp.date))}:
          </span>{' '}
          {activity.followUp.comment}
          {activity.followUp.source && ` (${followUpSourceText(activity.followUp.source)})`}
        </p>
      )}
      {movedTexts(activity).map((text) => (
        <p key={text} className="activity__comment">
          {text}
        </p>
      ))}
      {activity.comment && (
        <p className="activity__comment">
          <span className="activity__comment-label">{strings.comment}:</span> {activity.comment}
        </p>
      )}
    </li>
  );
}
