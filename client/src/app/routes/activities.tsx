import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ActivityBrowser } from '../../features/activities/components/activity-browser';
import { getMeasuresQueryOptions } from '../../lib/api/get-measures';
import { getPeriodQueryOptions } from '../../lib/api/get-current-period';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { QueryState } from '../../components/query-state';
import { strings } from '../strings';

/** /malaktiviteter?period=ID – every activity, filtered by year, unit, goal, measure and text. */
export default function ActivitiesRoute() {
  useDocumentTitle(strings.activitiesTitle);
  const periodId = useShownPeriodId();
  // The filters offer the period's goals and measures: both must be here before the list.
  const options = useQueries({
    queries: [getPeriodQueryOptions(periodId), getMeasuresQueryOptions(periodId)],
    combine: ([period, measures]) => ({ period, measures }),
  });
  return (
    <div className="page">
      <h1>{strings.activitiesTitle}</h1>
      <p className="lead">{strings.activitiesIntro}</p>
      <p>
        <Link to={paths.plan(periodId)}>{strings.activitiesPlanLink}</Link>
      </p>
      <QueryState query={options.period} label={strings.activitiesOptionsLabel}>
        {(period) => (
          <QueryState query={options.measures} label={strings.activitiesOptionsLabel}>
            {(measures) => (
              <ActivityBrowser
                goals={period.areas.flatMap((area) =>
                  area.goals.map((goal) => ({ ...goal, areaName: area.name })),
                )}
                measures={measures}
                periodId={periodId}
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </div>
  );
}
