import { DownloadButton } from '../../../components/download-button';
import { QueryState } from '../../../components/query-state';
import { useMeasures } from '../api/get-measures';
import { measuresCsv } from '../csv';
import { strings } from '../strings';

/** Open data: every measure's outcomes and targets in one file. */
export function AllMeasuresDownload() {
  const query = useMeasures();
  return (
    <section className="open-data" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{strings.openDataHeading}</h2>
      <p>{strings.openDataText}</p>
      <QueryState query={query} label={strings.listLabel}>
        {(measures) => (
          <DownloadButton
            fileName="resultatmatt.csv"
            buildCsv={(licence) => measuresCsv(measures, licence)}
            description={strings.downloadAll}
          />
        )}
      </QueryState>
    </section>
  );
}
