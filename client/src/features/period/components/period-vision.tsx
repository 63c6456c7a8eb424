import { QueryState } from '../../../components/query-state';
import { useCurrentPeriod } from '../api/get-current-period';
import { strings } from '../strings';
import { Vision } from './vision';

export function PeriodVision() {
  const query = useCurrentPeriod();
  return (
    <QueryState query={query} label={strings.label}>
      {(period) => <Vision period={period} />}
    </QueryState>
  );
}
