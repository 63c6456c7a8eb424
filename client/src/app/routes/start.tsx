import { useSearchParams } from 'react-router';
import { AllMeasuresDownload } from '../../features/measures/components/all-measures-download';
import { OverviewSection } from '../../features/overview/components/overview-section';
import { useCurrentPeriod } from '../../features/period/api/get-current-period';
import { NothingPublished } from '../../features/period/components/nothing-published';
import { PeriodSwitcher } from '../../features/period/components/period-switcher';
import { PeriodVision } from '../../features/period/components/period-vision';
import { ApiError } from '../../lib/api-client';
import { parseIdParam, searchParamNames } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';

export function StartRoute() {
  const [params] = useSearchParams();
  const periodId = useShownPeriodId();
  useDocumentTitle(strings.startTitle);
  const current = useCurrentPeriod();
  // No active or closed period yet (a new installation): nothing to show, and nothing wrong.
  if (periodId === undefined && current.error instanceof ApiError && current.error.status === 404) {
    return (
      <div className="page">
        <h1>{strings.startHeading}</h1>
        <PeriodSwitcher shownId={undefined} />
        <NothingPublished />
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{strings.startHeading}</h1>
      <PeriodSwitcher shownId={periodId} />
      <PeriodVision periodId={periodId} />
      <OverviewSection
        requestedYear={parseIdParam(params.get(searchParamNames.year))}
        periodId={periodId}
      />
      <AllMeasuresDownload periodId={periodId} />
    </div>
  );
}
