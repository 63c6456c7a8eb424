import { useSearchParams } from 'react-router';
import { AllMeasuresDownload } from '../../features/measures/components/all-measures-download';
import { PublishedJudgements } from '../../features/follow-up/components/published-judgements';
import { useOverviewYear } from '../../features/overview/api/get-overview';
import { OverviewSection } from '../../features/overview/components/overview-section';
import { usePeriod, usePeriods } from '../../features/period/api/get-current-period';
import { NothingPublished } from '../../features/period/components/nothing-published';
import { PeriodLinks, PeriodSwitcher } from '../../features/period/components/period-switcher';
import { PeriodVision } from '../../features/period/components/period-vision';
import { ProposalNotice } from '../../features/period/components/proposal-notice';
import { parseIdParam, searchParamNames } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';

export function StartRoute() {
  const [params] = useSearchParams();
  const periodId = useShownPeriodId();
  const requestedYear = parseIdParam(params.get(searchParamNames.year));
  useDocumentTitle(strings.startTitle);
  const periods = usePeriods();
  // No active or closed period yet (a new installation): there is no current period to show,
  // and nothing is wrong. Asked of the list, which answers for an empty database too.
  if (periodId === undefined && periods.data?.every((period) => period.status === 'planning')) {
    return (
      <div className="page">
        <h1>{strings.startHeading}</h1>
        <NothingPublished />
        {/* A proposal the admin made public (and, signed in, the planned ones) can be read. */}
        {periods.data.length > 0 && (
          <PeriodLinks list={periods.data} currentId={undefined} shownId={undefined} />
        )}
      </div>
    );
  }
  return (
    <div className="page page--start">
      <h1>{strings.startHeading}</h1>
      <ProposalNotice periodId={periodId} />
      <PeriodSwitcher shownId={periodId} />
      <PeriodVision periodId={periodId} />
      <OverviewSection requestedYear={requestedYear} periodId={periodId} />
      <StartJudgements requestedYear={requestedYear} periodId={periodId} />
      <AllMeasuresDownload periodId={periodId} />
    </div>
  );
}

/** The published judgements (helhetsbedömningar) of the overview's year, per area and goal. */
function StartJudgements({
  requestedYear,
  periodId,
}: {
  requestedYear: number | undefined;
  periodId: number | undefined;
}) {
  const year = useOverviewYear(requestedYear, periodId);
  const period = usePeriod(periodId);
  if (year === undefined || !period.data) return null;
  return <PublishedJudgements year={year} period={periodId} areas={period.data.areas} />;
}
