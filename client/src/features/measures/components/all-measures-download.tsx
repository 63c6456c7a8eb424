import { useQuery } from '@tanstack/react-query';
import { DocumentLinks } from '../../../components/document-links';
import { DownloadButton } from '../../../components/download-button';
import { QueryState } from '../../../components/query-state';
import { getPeriodQueryOptions } from '../../../lib/api/get-current-period';
import { useMeasures } from '../api/get-measures';
import { pageCsv } from '../csv';
import { strings } from '../strings';

/** Open data: every measure's outcomes, targets and assessments in one file; the outcome table. */
export function AllMeasuresDownload({ periodId }: { periodId?: number | undefined }) {
  // The shown period's (?period=) measures and years: its states and statuses are in the file.
  const measures = useMeasures(periodId);
  const period = useQuery(getPeriodQueryOptions(periodId));
  return (
    <section className="open-data" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{strings.openDataHeading}</h2>
      <p>{strings.openDataText}</p>
      <QueryState query={period} label={strings.listLabel}>
        {(years) => (
          <QueryState query={measures} label={strings.listLabel}>
            {(list) => (
              <DownloadButton
                fileName="resultatmatt.csv"
                buildCsv={(licence) => pageCsv(list, years, licence)}
                description={strings.downloadAll}
              />
            )}
          </QueryState>
        )}
      </QueryState>
      <h3>{strings.outcomeTableTitle}</h3>
      <p>{strings.outcomeTableText}</p>
      <DocumentLinks
        path="/api/reports/outcome-table"
        title={strings.outcomeTableTitle}
        periodId={periodId}
      />
    </section>
  );
}
