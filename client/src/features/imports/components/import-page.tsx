import type { Measure, Period } from '@malbild/shared';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { strings } from '../strings';
import { FileImport } from './file-import';
import { KoladaImport } from './kolada-import';
import '../imports.css';

// Kolada keeps older years too: the period's baseline years are worth fetching.
const YEARS_BEFORE_PERIOD = 3;

/** /import – outcomes and targets from a file or from Kolada, previewed before they are saved. */
export function ImportPage({ measures, period }: { measures: Measure[]; period: Period }) {
  useDocumentTitle(strings.title);
  const first = period.startYear - YEARS_BEFORE_PERIOD;
  const years = Array.from({ length: period.endYear - first + 1 }, (_, i) => first + i);
  return (
    <div className="page page--import">
      <h1>{strings.title}</h1>
      <p className="lead">{strings.intro}</p>
      <p>{strings.periodNote(period.name)}</p>
      {/* The period shown (the address's ?period=, else the current one): every request names it. */}
      <FileImport periodId={period.id} />
      <KoladaImport measures={measures} years={years} periodId={period.id} />
    </div>
  );
}
