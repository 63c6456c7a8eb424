import { useQueries } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state';
import { RequireRole } from '../../features/auth/components/require-role';
import { ImportPage } from '../../features/imports/components/import-page';
import { strings } from '../../features/imports/strings';
import { getMeasuresQueryOptions } from '../../lib/api/get-measures';
import { getPeriodQueryOptions } from '../../lib/api/get-current-period';
import { useShownPeriodId } from '../../lib/use-shown-period';

/** /import?period=ID – controllers' and administrators' imports from a file or from Kolada. */
export default function ImportRoute() {
  return (
    <RequireRole permission="enterValues" purpose={strings.purpose}>
      <ImportWithOptions />
    </RequireRole>
  );
}

// The Kolada section offers the period's years and the measures with a Kolada id.
function ImportWithOptions() {
  const periodId = useShownPeriodId();
  const options = useQueries({
    queries: [getPeriodQueryOptions(periodId), getMeasuresQueryOptions(periodId)],
    combine: ([period, measures]) => ({ period, measures }),
  });
  return (
    <QueryState query={options.period} label={strings.optionsLabel}>
      {(period) => (
        <QueryState query={options.measures} label={strings.optionsLabel}>
          {(measures) => <ImportPage measures={measures} period={period} />}
        </QueryState>
      )}
    </QueryState>
  );
}
