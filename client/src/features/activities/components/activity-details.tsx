import { Link } from 'react-router';
import { followUpSourceText, type ActivityDetail } from '@malbild/shared';
import { ActivityDraftNote, ActivityStatusBadge } from '../../../components/activity-status';
import { formatDay } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useUnits } from '../api/get-units';
import { strings } from '../strings';
import { useActivityPeriodId } from '../use-activity-period';
import { Fact } from './fact';

/** Everything about one activity: its fields, its units, where it belongs and its follow-ups. */
export function ActivityDetails({ activity }: { activity: ActivityDetail }) {
  // Names are a nicety: until they arrive (or if they fail) the codes stand alone.
  const units = useUnits().data ?? [];
  const unitName = (code: string) => units.find((u) => u.code === code)?.name;
  const period = useActivityPeriodId(activity.periodId);
  const antal = [activity.antal, activity.countUnit].filter(Boolean).join(' ');
  return (
    <>
      <dl className="facts facts--wide">
        <div>
          <dt>{strings.status}</dt>
          <dd>
            <ActivityStatusBadge status={activity.status} />{' '}
            <ActivityDraftNote draft={activity.draft} />
          </dd>
        </div>
        <div>
          <dt>{strings.yearLabel}</dt>
          <dd>{activity.year}</dd>
        </div>
        <div>
          <dt>{strings.measure}</dt>
          <dd>
            <Link to={paths.measure(activity.measureNumber, period)}>
              {strings.measureLink(activity.measureNumber, activity.measureName)}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{strings.goal}</dt>
          <dd>
            <Link to={paths.goal(activity.goal.id, activity.year, period)}>
              {activity.goal.name}
            </Link>{' '}
            {strings.inArea(activity.goal.areaName)}
          </dd>
        </div>
        <div>
          <dt>{strings.responsible}</dt>
          <dd>
            <ul className="activity-details__units">
              {activity.units.map((code) => (
                <li key={code}>
                  <Link to={paths.activities({ year: activity.year, unit: code })}>
                    {unitName(code) === undefined ? code : `${unitName(code)} (${code})`}
                  </Link>
                </li>
              ))}
            </ul>
            {activity.units.length > 1 && (
              <p className="muted">{strings.asWritten(activity.unitsRaw)}</p>
            )}
          </dd>
        </div>
        <Fact term={strings.verksamhet}>{activity.verksamhet}</Fact>
        <Fact term={strings.antal}>{antal}</Fact>
        <Fact term={strings.comment}>{activity.comment}</Fact>
        {activity.copiedFrom !== null && (
          <div>
            <dt>{strings.copiedFrom}</dt>
            <dd>
              <Link to={paths.activity(activity.copiedFrom)}>{strings.copiedFromLink}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>{strings.source}</dt>
          <dd>
            {activity.source
              ? strings.sourceText(activity.source.title, formatDay(activity.source.date))
              : strings.addedInApp}
          </dd>
        </div>
        {activity.updatedBy !== null && (
          <div>
            <dt>{strings.lastChanged}</dt>
            <dd>{strings.changedBy(formatDay(activity.updatedAt), activity.updatedBy)}</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="follow-ups-heading">
        <h2 id="follow-ups-heading">{strings.followUpsHeading}</h2>
        {activity.followUps.length === 0 ? (
          <p className="empty">{strings.noFollowUps}</p>
        ) : (
          <ol className="follow-up-list">
            {activity.followUps.map((followUp) => (
              <li key={followUp.at}>
                <p className="follow-up-list__head">
                  <strong>{formatDay(followUp.date)}</strong>{' '}
                  <ActivityStatusBadge status={followUp.status} />
                </p>
                {followUp.comment && <p>{followUp.comment}</p>}
                <p className="muted">
                  {followUp.source
                    ? `${followUpSourceText(followUp.source)}.`
                    : strings.reportedBy(followUp.by, formatDay(followUp.at))}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <p>
        <Link to={paths.activities({ year: activity.year, measure: activity.measureNumber })}>
          {strings.sameMeasure(activity.year, activity.measureNumber)}
        </Link>
      </p>
    </>
  );
}
