import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state';
import { RequireRole } from '../../features/auth/components/require-role';
import { FollowUpPage } from '../../features/internal-control/components/follow-up-page';
import { strings } from '../../features/internal-control/strings';
import { getUnitsQueryOptions } from '../../lib/api/get-units';

/** /intern-kontroll/uppfoljning – a unit's editors follow up its kontrollpunkter. */
export default function InternalControlFollowUpRoute() {
  const units = useQuery(getUnitsQueryOptions());
  return (
    <RequireRole permission="followUpControl" purpose={strings.purpose}>
      <QueryState query={units} label={strings.unit}>
        {(list) => <FollowUpPage units={list} />}
      </QueryState>
    </RequireRole>
  );
}
