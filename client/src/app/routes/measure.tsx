import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { QueryState } from '../../components/query-state';
import { MeasureActivities } from '../../features/activities/components/measure-activities';
import { MeasureAnalyses } from '../../features/follow-up/components/measure-analyses';
import { MeasureHistory } from '../../features/history/components/measure-history';
import { useMeasure } from '../../features/measures/api/get-measure';
import { useMeasureComparison } from '../../features/measures/api/get-measure-comparison';
import { MeasureDetails } from '../../features/measures/components/measure-details';
import { ProposalNotice } from '../../features/period/components/proposal-notice';
import { parseIdParam, paths } from '../../lib/paths';
import { usePageDescription } from '../../lib/page-meta';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';
import { NotFoundRoute } from './not-found';

/** /resultatmatt/:number – one measure with chart, table, assessment and activities. */
export default function MeasureRoute() {
  const number = parseIdParam(useParams().number);
  if (number === undefined) return <NotFoundRoute title={strings.measureNotFound} />;
  return <MeasurePage number={number} />;
}

function MeasurePage({ number }: { number: number }) {
  const shownPeriod = useShownPeriodId();
  const query = useMeasure(number, shownPeriod);
  const comparison = useMeasureComparison(number, shownPeriod);
  const title = strings.measureTitle(number);
  useDocumentTitle(query.data ? `${query.data.name} – ${title}` : title);
  usePageDescription(
    query.data
      ? {
          text: query.data.statement
            ? query.data.statement
            : strings.measureDescription(number, query.data.name, query.data.goal.name),
          image: paths.measureChart(number, 'png', shownPeriod),
        }
      : undefined,
  );
  if (query.data === null) return <NotFoundRoute title={strings.measureNotFound} />;
  const measure = query.data;
  return (
    <div className="page">
      <Breadcrumbs
        trail={[
          { label: strings.startTitle, to: paths.start(undefined, shownPeriod) },
          ...(measure
            ? [
                {
                  label: measure.goal.name,
                  to: paths.goal(measure.goal.id, undefined, shownPeriod),
                },
              ]
            : []),
        ]}
        current={title}
      />
      <header className="page-header">
        <p className="eyebrow">{title}</p>
        <h1>{measure?.name ?? title}</h1>
      </header>
      <ProposalNotice periodId={shownPeriod} />
      <QueryState query={query} label={strings.measureLabel}>
        {(data) => data && <MeasureDetails measure={data} comparison={comparison} />}
      </QueryState>
      {measure && (
        <MeasureAnalyses
          number={number}
          period={shownPeriod}
          responsibleUnit={measure.responsibleUnit}
          years={measure.assessment.states.map((state) => state.year)}
        />
      )}
      <MeasureActivities measureNumber={number} />
      {measure && (
        <section aria-labelledby="measure-history">
          <h2 id="measure-history">{strings.measureHistoryHeading}</h2>
          <MeasureHistory number={number} format={measure} withPublished={false} />
        </section>
      )}
    </div>
  );
}
