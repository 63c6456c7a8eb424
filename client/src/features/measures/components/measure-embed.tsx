import type { MeasureWithAssessment } from '@malbild/shared';
import { measureChartData } from '../chart-data';
import { strings } from '../strings';
import { MeasureFigure } from './measure-figure';
import { MeasureTable } from './measure-table';

interface MeasureEmbedProps {
  measure: MeasureWithAssessment;
  /** The measure's page on this site, opened in the whole window (not in the frame). */
  pageUrl: string;
  organisation: string | null;
}

/** What a municipality's own site frames: the chart as on the measure page, its table, the source. */
export function MeasureEmbed({ measure, pageUrl, organisation }: MeasureEmbedProps) {
  const { data } = measureChartData(measure);
  return (
    <main className="embed">
      <p className="eyebrow">{strings.measureLabel(measure.number)}</p>
      <h1 className="embed__title">{measure.name}</h1>
      <MeasureFigure data={data} format={measure} height={320} />
      <details className="embed__table">
        <summary>{strings.embedShowTable}</summary>
        <MeasureTable
          data={data}
          format={measure}
          states={measure.assessment.states}
          caption={strings.tableCaption(measure.number, measure.name, measure.direction)}
        />
      </details>
      <p className="embed__source">
        {strings.embedSource(organisation)}{' '}
        <a href={pageUrl} target="_top">
          {strings.embedMore}
        </a>
      </p>
    </main>
  );
}
