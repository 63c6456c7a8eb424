import { QueryState } from '../../../components/query-state';
import { usePeriod } from '../api/get-current-period';
import { strings } from '../strings';
import { Vision } from './vision';

export function PeriodVision({ periodId }: { periodId?: number | undefined }) {
  const query = usePeriod(periodId);
  return (
    <QueryState query={query} label={strings.label}>
      {(period) => <Vision period={period} />}
    </QueryState>
  );
}
