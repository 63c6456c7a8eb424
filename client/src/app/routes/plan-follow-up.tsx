import { useQueries } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state';
import { getUnitsQueryOptions } from '../../lib/api/get-units';
import { getMeasuresQueryOptions } from '../../lib/api/get-measures';
import { PlanReview } from '../../features/follow-up/components/plan-review';
import { FollowUpPage } from '../../features/plan/follow-up/follow-up-page';
import { NotFoundRoute } from './not-found';
import { strings } from '../strings';

const renderReview = (unit: string, year: number, readAt: number) => (
  <PlanReview unit={unit} year={year} planReadAt={readAt} kind="follow_up" />
);

/** /plan/:unit/:year/uppfoljning – the unit's activities of the year, followed up together. */
export default function PlanFollowUpRoute() {
  const params = useParams();
  const year = Number(params.year);
  const unit = params.unit?.toUpperCase() ?? '';
  const options = useQueries({
    queries: [getMeasuresQueryOptions(), getUnitsQueryOptions()],
    combine: ([measures, units]) => ({ measures, units }),
  });
  if (!Number.isInteger(year) || !/^[A-ZÅÄÖ0-9]{1,10}$/.test(unit)) return <NotFoundRoute />;
  return (
    <QueryState query={options.measures} label={strings.planOptionsLabel}>
      {(measures) => (
        <QueryState query={options.units} label={strings.planOptionsLabel}>
          {(units) =>
            units.some((u) => u.code === unit) ? (
              <FollowUpPage
                unit={unit}
                year={year}
                measures={measures}
                units={units}
                renderReview={renderReview}
              />
            ) : (
              <NotFoundRoute />
            )
          }
        </QueryState>
      )}
    </QueryState>
  );
}
