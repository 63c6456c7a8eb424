import type { Measure, Period } from '@malbild/shared';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { strings } from '../strings';
import { FileImport } from './file-import';
import { KoladaComparison } from './kolada-comparison';
import { KoladaImport } from './kolada-import';
import '../imports.css';

// Kolada keeps older years too: the period's baseline years are worth fetching.
const YEARS_BEFORE_PERIOD = 3;

/** /import – outcomes and targets from a file or from Kolada, previewed before they are saved. */
export function ImportPage({ measures, period }: { measures: Measure[]; period: Period }) {
  useDocumentTitle(strings.title);
  const first = period.startYear - YEARS_BEFORE_PERIOD;
  const years = Array.from({ length: period.endYear - first + 1 }, (_, i) => first + i);
  // Named in the address (?period=) when it is not the current one, and then by every request.
  const periodId = useShownPeriodId();
  return (
    <div className="page page--import">
      <h1>{strings.title}</h1>
      <p className="lead">{strings.intro}</p>
      <p>{strings.periodNote(period.name)}</p>
      <FileImport periodId={periodId} />
      <KoladaImport measures={measures} years={years} periodId={periodId} />
      <KoladaComparison />
    </div>
  );
}
