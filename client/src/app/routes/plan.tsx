import { useQueries } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state';
import { getUnitsQueryOptions } from '../../lib/api/get-units';
import { getMeasuresQueryOptions } from '../../lib/api/get-measures';
import { getPeriodQueryOptions } from '../../lib/api/get-current-period';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { PlanReview } from '../../features/follow-up/components/plan-review';
import { PlanPage } from '../../features/plan/components/plan-page';
import { strings } from '../strings';

const yearsOf = ({ startYear, endYear }: { startYear: number; endYear: number }) =>
  Array.from({ length: endYear - startYear + 1 }, (_, index) => startYear + index);

/**
 * /plan?ar=YYYY&enhet=SOU&period=ID – a unit's plan för målaktiviteter, in the period the
 * address names (else the current one). The period, its measures and the
 * units come from their own features; features do not import each other, so they meet here.
 */
const renderReview = (unit: string, year: number, planReadAt: number) => (
  <PlanReview unit={unit} year={year} planReadAt={planReadAt} />
);

export default function PlanRoute() {
  const periodId = useShownPeriodId();
  const options = useQueries({
    queries: [
      getPeriodQueryOptions(periodId),
      getMeasuresQueryOptions(periodId),
      getUnitsQueryOptions(periodId),
    ],
    combine: ([period, measures, units]) => ({ period, measures, units }),
  });
  return (
    <QueryState query={options.period} label={strings.planOptionsLabel}>
      {(period) => (
        <QueryState query={options.measures} label={strings.planOptionsLabel}>
          {(measures) => (
            <QueryState query={options.units} label={strings.planOptionsLabel}>
              {(units) => (
                <PlanPage
                  years={yearsOf(period)}
                  measures={measures}
                  units={units}
                  renderReview={renderReview}
                />
              )}
            </QueryState>
          )}
        </QueryState>
      )}
    </QueryState>
  );
}
