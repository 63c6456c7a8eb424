import { QueryState } from '../../../components/query-state';
import { useOverview } from '../api/get-overview';
import { strings } from '../strings';
import { OverviewView } from './overview-view';

/** The state of every measure in the requested year (or the latest year with outcomes). */
export function OverviewSection({
  requestedYear,
  periodId,
}: {
  requestedYear: number | undefined;
  /** A period other than the current one (?period=). */
  periodId?: number | undefined;
}) {
  const query = useOverview(requestedYear, periodId);
  return (
    <QueryState query={query} label={strings.label}>
      {(overview) => (
        <OverviewView
          overview={overview}
          pendingYear={query.isPlaceholderData ? (requestedYear ?? null) : null}
        />
      )}
    </QueryState>
  );
}
