import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { QueryState } from '../../components/query-state';
import { useActivity } from '../../features/activities/api/get-activity';
import { ActivityDetails } from '../../features/activities/components/activity-details';
import { useActivityPeriodId } from '../../features/activities/use-activity-period';
import { parseIdParam, paths } from '../../lib/paths';
import { usePageDescription } from '../../lib/page-meta';
import { useDocumentTitle } from '../../lib/use-document-title';
import { strings } from '../strings';
import { NotFoundRoute } from './not-found';

/** /malaktiviteter/:id – one activity at its permanent address. */
export default function ActivityRoute() {
  const id = parseIdParam(useParams().id);
  if (id === undefined) return <NotFoundRoute title={strings.activityNotFound} />;
  return <ActivityPage id={id} />;
}

function ActivityPage({ id }: { id: number }) {
  const query = useActivity(id);
  const activity = query.data;
  const title = activity && strings.activityTitle(activity.year, activity.measureNumber);
  // An activity of another period than the current one: the way back stays in its period.
  const period = useActivityPeriodId(activity?.periodId);
  useDocumentTitle(activity ? `${activity.text} – ${title}` : strings.activitiesTitle);
  usePageDescription(activity ? { text: strings.activityDescription(activity) } : undefined);
  if (activity === null) return <NotFoundRoute title={strings.activityNotFound} />;
  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { label: strings.startTitle, to: paths.start(undefined, period) },
          {
            label: strings.activitiesTitle,
            to: paths.activities(activity ? { year: activity.year, period } : {}),
          },
        ]}
        current={title ?? strings.activitiesTitle}
      />
      <header className="page-header">
        {title && <p className="eyebrow">{title}</p>}
        <h1>{activity?.text ?? strings.activitiesTitle}</h1>
      </header>
      <QueryState query={query} label={strings.activityLabel}>
        {(data) => data && <ActivityDetails activity={data} />}
      </QueryState>
    </div>
  );
}
