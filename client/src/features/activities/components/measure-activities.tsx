import { Link } from 'react-router';
import type { Activity } from '@malbild/shared';
import { DoneShare } from '../../../components/activity-status';
import { QueryState } from '../../../components/query-state';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useActivities } from '../../../lib/api/get-activities';
import { useUnits } from '../api/get-units';
import { strings } from '../strings';
import { ActivityItem } from './activity-item';

function byYearDescending(activities: readonly Activity[]): [number, Activity[]][] {
  const years = new Map<number, Activity[]>();
  for (const activity of activities) {
    years.set(activity.year, [...(years.get(activity.year) ?? []), activity]);
  }
  return [...years].sort(([a], [b]) => b - a);
}

/** A measure's målaktiviteter, newest year first, each with the units responsible for it. */
export function MeasureActivities({ measureNumber }: { measureNumber: number }) {
  // The measure number is the shown period's (?period=), so the activities are too.
  const periodId = useShownPeriodId();
  const query = useActivities({
    measure: measureNumber,
    ...(periodId !== undefined && { period: periodId }),
  });
  // Unit names are a nicety: until they arrive (or if they fail) the codes stand alone.
  const units = useUnits(periodId).data ?? [];
  const unitName = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  return (
    <section aria-labelledby="activities-heading">
      <h2 id="activities-heading">{strings.measureHeading}</h2>
      <p>{strings.measureIntro}</p>
      <QueryState query={query} label={strings.label}>
        {(activities) =>
          activities.length === 0 ? (
            <p className="empty">{strings.measureNone}</p>
          ) : (
            byYearDescending(activities).map(([year, rows]) => (
              <section key={year} aria-labelledby={`activities-${year}`} className="activity-year">
                <h3 id={`activities-${year}`}>{strings.measureYear(year, rows.length)}</h3>
                <p>
                  <DoneShare activities={rows} />
                </p>
                <ul className="activity-list">
                  {rows.map((activity) => (
                    <ActivityItem
                      key={activity.id}
                      activity={activity}
                      showYear={false}
                      unitName={unitName}
                    />
                  ))}
                </ul>
                <p>
                  <Link to={paths.activities({ year, measure: measureNumber, period: periodId })}>
                    {strings.showInList(year)}
                  </Link>
                </p>
              </section>
            ))
          )
        }
      </QueryState>
    </section>
  );
}
