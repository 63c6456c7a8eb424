import type { ReactNode } from 'react';
import type { ChartData } from '../chart-data';
import { strings } from '../strings';
import {
  CountryMark,
  EndTargetMark,
  GroupMark,
  OutcomeMark,
  SERIES,
  TargetMark,
} from './chart-marks';

function LineSwatch({
  series,
  children,
}: {
  series: (typeof SERIES)[keyof typeof SERIES];
  children?: ReactNode;
}) {
  return (
    <svg className="legend-swatch" viewBox="0 0 36 16" aria-hidden="true">
      <line
        x1="2"
        y1="8"
        x2="34"
        y2="8"
        stroke={series.color}
        strokeWidth={series.width}
        strokeDasharray={series.dash}
      />
      {children}
    </svg>
  );
}

/** The chart's legend in HTML: each entry shows the same line, dash pattern and marker as the chart. */
export function ChartLegend({ data }: { data: ChartData }) {
  const has = (key: 'guide' | 'trend' | 'endTarget' | 'target') =>
    data.rows.some((row) => row[key] !== null);
  const hasProvisional = data.rows.some((row) => row.provisional && row.outcome !== null);
  return (
    <ul className="chart-legend" aria-label={strings.legendLabel}>
      <li>
        <LineSwatch series={SERIES.outcome}>
          <OutcomeMark x={18} y={8} hollow={false} />
        </LineSwatch>
        {strings.legendOutcome}
      </li>
      {hasProvisional && (
        <li>
          <LineSwatch series={SERIES.outcome}>
            <OutcomeMark x={18} y={8} hollow />
          </LineSwatch>
          {strings.legendProvisional}
        </li>
      )}
      {has('target') && (
        <li>
          <svg className="legend-swatch" viewBox="0 0 36 16" aria-hidden="true">
            <TargetMark x={18} y={8} />
          </svg>
          {strings.legendTarget}
        </li>
      )}
      {has('endTarget') && (
        <li>
          <svg className="legend-swatch" viewBox="0 0 36 16" aria-hidden="true">
            <EndTargetMark x={18} y={8} />
          </svg>
          {strings.legendEndTarget(data.endYear)}
        </li>
      )}
      {has('guide') && (
        <li>
          <LineSwatch series={SERIES.guide} />
          {strings.legendGuide}
        </li>
      )}
      {has('trend') && (
        <li>
          <LineSwatch series={SERIES.trend} />
          {strings.legendTrend}
        </li>
      )}
      {data.comparison?.country && (
        <li>
          <LineSwatch series={SERIES.country}>
            <CountryMark x={18} y={8} />
          </LineSwatch>
          {strings.legendCountry(data.comparison.country)}
        </li>
      )}
      {data.comparison?.group && (
        <li>
          <LineSwatch series={SERIES.group}>
            <GroupMark x={18} y={8} />
          </LineSwatch>
          {strings.legendGroup(data.comparison.group)}
        </li>
      )}
    </ul>
  );
}
