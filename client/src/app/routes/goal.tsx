import { useParams, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { QueryState } from '../../components/query-state';
import { GoalMeasures } from '../../features/measures/components/goal-measures';
import { usePeriod } from '../../features/period/api/get-current-period';
import { GoalText } from '../../features/period/components/goal-text';
import { findGoal } from '../../features/period/find-goal';
import { parseIdParam, paths, searchParamNames } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';
import { NotFoundRoute } from './not-found';

/** /mal/:goalId – a verksamhetsmål: what it means, what we focus on, and its measures. */
export default function GoalRoute() {
  const goalId = parseIdParam(useParams().goalId);
  const [params] = useSearchParams();
  const year = parseIdParam(params.get(searchParamNames.year));
  const shownPeriod = useShownPeriodId();
  const period = usePeriod(shownPeriod);
  const found = period.data && goalId !== undefined ? findGoal(period.data, goalId) : null;
  useDocumentTitle(found?.goal.name ?? strings.goalTitle);
  if (goalId === undefined || (period.isSuccess && !found)) {
    return <NotFoundRoute title={strings.goalNotFound} />;
  }
  return (
    <div className="page">
      <Breadcrumbs
        trail={[{ label: strings.startTitle, to: paths.start(year, shownPeriod) }]}
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
              <GoalText goal={found.goal} />
              <GoalMeasures goalId={found.goal.id} period={detail} year={year} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
