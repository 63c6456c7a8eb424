import { maySeeDrafts } from '@malbild/shared';
import { DocumentLinks } from '../../../components/document-links';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/session';
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
  const user = useSession().data?.user;
  return (
    <QueryState query={query} label={strings.label}>
      {(overview) => (
        <>
          <OverviewView
            overview={overview}
            pendingYear={query.isPlaceholderData ? (requestedYear ?? null) : null}
          />
          <section className="goal-fulfilment" aria-labelledby="goal-fulfilment-heading">
            <h2 id="goal-fulfilment-heading">{strings.goalFulfilmentTitle(overview.year)}</h2>
            <p>{strings.goalFulfilmentText(overview.year)}</p>
            <DocumentLinks
              path={`/api/reports/goal-fulfilment/${String(overview.year)}`}
              title={strings.goalFulfilmentTitle(overview.year)}
              periodId={periodId}
            />
            {maySeeDrafts(user) && (
              <>
                <p>{strings.goalFulfilmentDraftsText}</p>
                <DocumentLinks
                  path={`/api/reports/goal-fulfilment/${String(overview.year)}`}
                  title={strings.goalFulfilmentDraftsTitle(overview.year)}
                  periodId={periodId}
                  drafts
                />
              </>
            )}
          </section>
        </>
      )}
    </QueryState>
  );
}
