import { lazy, Suspense, useId } from 'react';
import { Loading } from '../../../components/query-state';
import { formatValue, type ValueFormat } from '../../../lib/format';
import type { ChartData } from '../chart-data';
import { strings } from '../strings';
import { Footnotes } from './footnotes';
import { ChartLegend } from './chart-legend';

// Recharts (about 100 KB gzip) loads only when a chart is shown, never on the start page.
const MeasureChart = lazy(() => import('./measure-chart'));

interface MeasureFigureProps {
  data: ChartData;
  format: ValueFormat;
  height: number;
}

/** The text alternative: what a sighted reader takes from the chart at a glance. */
function summarize(data: ChartData, format: ValueFormat): string {
  const first = data.rows[0]?.year ?? data.endYear;
  const latest = data.rows.findLast((row) => row.outcome !== null);
  const end = data.rows.find((row) => row.year === data.endYear);
  const parts = [strings.summaryRange(first, data.endYear)];
  parts.push(
    latest
      ? strings.summaryLatest(
          latest.year,
          formatValue(latest.outcome, format),
          formatValue(latest.target, format),
        )
      : strings.summaryNoOutcome,
  );
  if (end?.endTarget != null) {
    parts.push(strings.summaryEndTarget(data.endYear, formatValue(end.endTarget, format)));
  }
  return strings.chartSummary(parts);
}

/** A chart with its legend, footnotes and text alternative; the figures' table sits beside it. */
export function MeasureFigure({ data, format, height }: MeasureFigureProps) {
  const summaryId = useId();
  return (
    <figure className="measure-figure">
      <div
        className="measure-figure__chart"
        role="img"
        aria-labelledby={summaryId}
        style={{ height }}
      >
        <Suspense fallback={<Loading label={strings.chartLoading} />}>
          <MeasureChart data={data} format={format} height={height} />
        </Suspense>
      </div>
      <figcaption>
        <ChartLegend data={data} />
        <Footnotes footnotes={data.footnotes} />
        <p id={summaryId} className="visually-hidden">
          {summarize(data, format)}
        </p>
      </figcaption>
    </figure>
  );
}
