import { useParams } from 'react-router';
import { Loading } from '../../components/query-state';
import { useMeasure } from '../../features/measures/api/get-measure';
import { MeasureEmbed } from '../../features/measures/components/measure-embed';
import { useOrganisation } from '../../lib/api/get-organisation';
import { parseIdParam, paths } from '../../lib/paths';
import { usePageStatus } from '../../lib/page-meta';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useShownPeriodId } from '../../lib/use-shown-period';
import { strings } from '../strings';

/**
 * /inbaddning/resultatmatt/:number – a measure's chart for another site's iframe: no header,
 * menu or footer. The only page that other sites may frame (server/src/plugins/security.ts).
 */
export default function EmbedMeasureRoute() {
  const number = parseIdParam(useParams().number);
  if (number === undefined) return <EmbedNotFound />;
  return <EmbedMeasurePage number={number} />;
}

function EmbedNotFound() {
  usePageStatus(404);
  return (
    <main className="embed">
      <h1>{strings.measureNotFound}</h1>
    </main>
  );
}

function EmbedMeasurePage({ number }: { number: number }) {
  const period = useShownPeriodId();
  const query = useMeasure(number, period);
  const organisation = useOrganisation().data?.name ?? null;
  const title = strings.measureTitle(number);
  useDocumentTitle(query.data ? `${query.data.name} – ${title}` : title);
  if (query.data === null) return <EmbedNotFound />;
  if (!query.data) {
    return (
      <main className="embed">
        <Loading label={strings.measureLabel} />
      </main>
    );
  }
  return (
    <MeasureEmbed
      measure={query.data}
      pageUrl={paths.measure(number, period)}
      organisation={organisation}
    />
  );
}
