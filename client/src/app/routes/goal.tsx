import { Link, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { QueryState } from '../../components/query-state';
import { UpdatedAt } from '../../components/updated-at';
import { JudgementWriter } from '../../features/follow-up/components/judgement-editor';
import { SubjectJudgement } from '../../features/follow-up/components/published-judgements';
import { GoalMeasures } from '../../features/measures/components/goal-measures';
import { useOverview, useOverviewYear } from '../../features/overview/api/get-overview';
import { StateCountsView } from '../../features/overview/components/state-counts';
import { YearPicker } from '../../features/overview/components/year-picker';
import { usePeriod } from '../../features/period/api/get-current-period';
import { GoalText } from '../../features/period/components/goal-text';
import { findGoal } from '../../features/period/find-goal';
import { ProposalNotice } from '../../features/period/components/proposal-notice';
import { parseIdParam, paths, searchParamNames } from '../../lib/paths';
import { usePageDescription } from '../../lib/page-meta';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';
import { NotFoundRoute } from './not-found';

/**
 * /mal/:goalId – a verksamhetsmål: what it means, what we focus on, and its measures. The year
 * shown is the overview's (its default is the latest year with an outcome), so this page and
 * the start page always tell the same story.
 */
export default function GoalRoute() {
  const goalId = parseIdParam(useParams().goalId);
  const [params] = useSearchParams();
  const requestedYear = parseIdParam(params.get(searchParamNames.year));
  const shownPeriod = useShownPeriodId();
  const period = usePeriod(shownPeriod);
  const overview = useOverview(requestedYear, shownPeriod);
  const year = useOverviewYear(requestedYear, shownPeriod) ?? requestedYear;
  const found = period.data && goalId !== undefined ? findGoal(period.data, goalId) : null;
  useDocumentTitle(found?.goal.name ?? strings.goalTitle);
  const firstMeasure = found?.goal.measureNumbers[0];
  usePageDescription(
    found === null
      ? undefined
      : {
          text:
            found.goal.description[0] ??
            strings.goalDescription(found.goal.name, found.goal.measureNumbers.length),
          image:
            firstMeasure === undefined
              ? undefined
              : paths.measureChart(firstMeasure, 'png', shownPeriod),
        },
  );
  if (goalId === undefined || (period.isSuccess && !found)) {
    return <NotFoundRoute title={strings.goalNotFound} />;
  }
  return (
    <div className="page">
      <Breadcrumbs
        trail={[{ label: strings.startTitle, to: paths.start(requestedYear, shownPeriod) }]}
        current={found?.goal.name ?? strings.goalTitle}
      />
      <QueryState query={period} label={strings.goalLabel}>
        {(detail) =>
          found && (
            <>
              <header className="page-header">
                <p className="eyebrow">
                  {strings.areaEyebrow}: {found.area.name}
                </p>
                <h1>{found.goal.name}</h1>
              </header>
              <ProposalNotice periodId={shownPeriod} />
              <GoalText goal={found.goal} />
              <p>
                <Link to={paths.activities({ goal: found.goal.id, period: shownPeriod })}>
                  {strings.goalActivitiesLink}
                </Link>
              </p>
              <QueryState query={overview} label={strings.goalStatesLabel}>
                {(data) => {
                  const goal = data.areas.flatMap((a) => a.goals).find((g) => g.id === goalId);
                  return (
                    <section className="overview-summary" aria-labelledby="goal-states-heading">
                      <h2 id="goal-states-heading">{strings.goalStatesHeading(data.year)}</h2>
                      <YearPicker years={data.availableYears} selected={data.year} />
                      <UpdatedAt value={data.updatedAt} />
                      {goal && (
                        <StateCountsView
                          counts={goal.counts}
                          periodCounts={goal.periodCounts}
                          year={data.year}
                          endYear={data.endYear}
                          name={goal.name}
                        />
                      )}
                    </section>
                  );
                }}
              </QueryState>
              {year !== undefined && (
                <>
                  <SubjectJudgement
                    subject="goal"
                    id={found.goal.id}
                    year={year}
                    period={shownPeriod}
                  />
                  <JudgementWriter
                    subject="goal"
                    id={found.goal.id}
                    year={year}
                    period={shownPeriod}
                  />
                  <GoalMeasures goalId={found.goal.id} period={detail} year={year} />
                </>
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}
