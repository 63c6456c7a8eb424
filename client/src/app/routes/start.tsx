import { useSearchParams } from 'react-router';
import { AllMeasuresDownload } from '../../features/measures/components/all-measures-download';
import { OverviewSection } from '../../features/overview/components/overview-section';
import { PeriodSwitcher } from '../../features/period/components/period-switcher';
import { PeriodVision } from '../../features/period/components/period-vision';
import { parseIdParam, searchParamNames } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';

export function StartRoute() {
  const [params] = useSearchParams();
  const periodId = useShownPeriodId();
  useDocumentTitle(strings.startTitle);
  return (
    <div className="page page--start">
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
