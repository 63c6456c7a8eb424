import { DownloadButton } from '../../../components/download-button';
import type { MeasureComparison, MeasureWithAssessment } from '@malbild/shared';
import { NextFollowUp } from '../../../components/next-follow-up';
import { UpdatedAt } from '../../../components/updated-at';
import { measureChartData } from '../chart-data';
import { pageCsv } from '../csv';
import { strings } from '../strings';
import { ComparisonSource } from './comparison-source';
import { LatestState } from './latest-state';
import { MeasureFacts } from './measure-facts';
import { MeasureFigure } from './measure-figure';
import { MeasureProgress } from './measure-progress';
import { MeasureShare } from './measure-share';
import { MeasureTable } from './measure-table';
import { PublishedValues } from './published-values';

interface MeasureDetailsProps {
  measure: MeasureWithAssessment;
  /** Kolada's country and group figures; absent or null = no comparison is shown. */
  comparison?: MeasureComparison | undefined;
}

/** Everything about one measure except its heading and its activities. */
export function MeasureDetails({ measure, comparison }: MeasureDetailsProps) {
  const { assessment } = measure;
  const { data, endYear, startYear } = measureChartData(measure, comparison ?? undefined);
  const period = { startYear, endYear };
  return (
    <>
      {measure.statement && (
        <p className="lead">
          <span className="lead__label">{strings.statement}:</span> {measure.statement}
        </p>
      )}
      <LatestState
        rows={data.rows}
        states={assessment.states}
        status={assessment.status}
        endYear={endYear}
        format={measure}
      />
      <UpdatedAt value={measure.updatedAt} />
      <NextFollowUp />
      <MeasureFacts measure={measure} />
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{strings.figuresHeading}</h2>
        <MeasureFigure data={data} format={measure} height={320} />
        <MeasureTable
          data={data}
          format={measure}
          states={assessment.states}
          caption={strings.tableCaption(measure.number, measure.name, measure.direction)}
        />
        <ComparisonSource comparison={data.comparison} />
        <DownloadButton
          fileName={`resultatmatt-${measure.number}.csv`}
          buildCsv={(licence) => pageCsv([measure], period, licence)}
          description={strings.downloadMeasure(measure.number)}
        />
      </section>
      <MeasureShare number={measure.number} name={measure.name} />
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{strings.progressHeading}</h2>
        <MeasureProgress assessment={assessment} format={measure} endYear={endYear} />
      </section>
      <PublishedValues measure={measure} />
    </>
  );
}
