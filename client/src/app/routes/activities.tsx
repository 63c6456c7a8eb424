import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ActivityBrowser } from '../../features/activities/components/activity-browser';
import { getMeasuresQueryOptions } from '../../lib/api/get-measures';
import { getCurrentPeriodQueryOptions } from '../../lib/api/get-current-period';
import { paths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { QueryState } from '../../components/query-state';
import { strings } from '../strings';

/** /malaktiviteter – every activity, filtered by year, unit, goal, measure and text. */
export default function ActivitiesRoute() {
  useDocumentTitle(strings.activitiesTitle);
  // The filters offer the period's goals and measures: both must be here before the list.
  const options = useQueries({
    queries: [getCurrentPeriodQueryOptions(), getMeasuresQueryOptions()],
    combine: ([period, measures]) => ({ period, measures }),
  });
  return (
    <div className="page">
      <h1>{strings.activitiesTitle}</h1>
      <p className="lead">{strings.activitiesIntro}</p>
      <p>
        <Link to={paths.plan()}>{strings.activitiesPlanLink}</Link>
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
              />
            )}
          </QueryState>
        )}
      </QueryState>
    </div>
  );
}
