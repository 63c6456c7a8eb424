import { lazy, Suspense, useId } from 'react';
import type { Direction } from '@malbild/shared';
import { DirectionNote } from '../../../components/direction-note';
import { Loading } from '../../../components/query-state';
import { formatValue, type ValueFormat } from '../../../lib/format';
import { useHydrated } from '../../../lib/use-hydrated';
import type { ChartData } from '../chart-data';
import { strings } from '../strings';
import { Footnotes } from './footnotes';
import { ChartLegend } from './chart-legend';

// Recharts (about 100 KB gzip) loads only when a chart is shown, never on the start page, and
// draws in the browser only (it measures its box): the server's HTML holds the loading note.
const MeasureChart = lazy(() => import('./measure-chart'));

interface MeasureFigureProps {
  data: ChartData;
  format: ValueFormat & { direction: Direction };
  /** 220 or 320 px: the box's height is set in CSS, since the CSP refuses style attributes. */
  height: 220 | 320;
}

/** The text alternative: what a sighted reader takes from the chart at a glance. */
export function chartSummary(data: ChartData, format: MeasureFigureProps['format']): string {
  const first = data.rows[0]?.year ?? data.endYear;
  const latest = data.rows.findLast((row) => row.outcome !== null);
  const end = data.rows.find((row) => row.year === data.endYear);
  const parts = [
    strings.summaryRange(first, data.endYear),
    strings.summaryUnit(strings.unitName(format.unit)),
  ];
  if (format.direction === 'down') parts.push(strings.summaryLowerIsBetter);
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
  const compared = [data.comparison?.country, data.comparison?.group].filter((t) => t != null);
  if (compared.length > 0) parts.push(strings.summaryComparison(compared));
  return strings.chartSummary(parts);
}

/** A chart with its legend, footnotes and text alternative; the figures' table sits beside it. */
export function MeasureFigure({ data, format, height }: MeasureFigureProps) {
  const summaryId = useId();
  const hydrated = useHydrated();
  const loading = <Loading label={strings.chartLoading} />;
  return (
    <figure className="measure-figure">
      {/* The y-axis' title, above the axis as statistics offices draw it. */}
      <p className="measure-figure__axis" aria-hidden="true">
        {strings.unitName(format.unit)} <DirectionNote direction={format.direction} />
      </p>
      <div
        className={`measure-figure__chart measure-figure__chart--${height}`}
        role="img"
        aria-labelledby={summaryId}
      >
        {hydrated ? (
          <Suspense fallback={loading}>
            <MeasureChart data={data} format={format} height={height} />
          </Suspense>
        ) : (
          loading
        )}
      </div>
      <figcaption>
        <ChartLegend data={data} />
        <Footnotes footnotes={data.footnotes} />
        <p id={summaryId} className="visually-hidden">
          {chartSummary(data, format)}
        </p>
      </figcaption>
    </figure>
  );
}
