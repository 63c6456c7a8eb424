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
    <>
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
    </>
  );
}

/** One entry of the legend: its marks (in a 36 × 16 box) and its words. */
export interface LegendEntry {
  key: string;
  swatch: ReactNode;
  label: string;
}

/** The series the chart draws, each with the same line, dash pattern and marker as the chart. */
export function legendEntries(data: ChartData): LegendEntry[] {
  const has = (key: 'guide' | 'trend' | 'endTarget' | 'target') =>
    data.rows.some((row) => row[key] !== null);
  const hasProvisional = data.rows.some((row) => row.provisional && row.outcome !== null);
  const { country, group } = data.comparison ?? {};
  const entries: (LegendEntry | false)[] = [
    {
      key: 'outcome',
      swatch: (
        <LineSwatch series={SERIES.outcome}>
          <OutcomeMark x={18} y={8} hollow={false} />
        </LineSwatch>
      ),
      label: strings.legendOutcome,
    },
    hasProvisional && {
      key: 'provisional',
      swatch: (
        <LineSwatch series={SERIES.outcome}>
          <OutcomeMark x={18} y={8} hollow />
        </LineSwatch>
      ),
      label: strings.legendProvisional,
    },
    has('target') && {
      key: 'target',
      swatch: <TargetMark x={18} y={8} />,
      label: strings.legendTarget,
    },
    has('endTarget') && {
      key: 'endTarget',
      swatch: <EndTargetMark x={18} y={8} />,
      label: strings.legendEndTarget(data.endYear),
    },
    has('guide') && {
      key: 'guide',
      swatch: <LineSwatch series={SERIES.guide} />,
      label: strings.legendGuide,
    },
    has('trend') && {
      key: 'trend',
      swatch: <LineSwatch series={SERIES.trend} />,
      label: strings.legendTrend,
    },
    typeof country === 'string' && {
      key: 'country',
      swatch: (
        <LineSwatch series={SERIES.country}>
          <CountryMark x={18} y={8} />
        </LineSwatch>
      ),
      label: strings.legendCountry(country),
    },
    typeof group === 'string' && {
      key: 'group',
      swatch: (
        <LineSwatch series={SERIES.group}>
          <GroupMark x={18} y={8} />
        </LineSwatch>
      ),
      label: strings.legendGroup(group),
    },
  ];
  return entries.filter((entry) => entry !== false);
}

/** The chart's legend in HTML. */
export function ChartLegend({ data }: { data: ChartData }) {
  return (
    <ul className="chart-legend" aria-label={strings.legendLabel}>
      {legendEntries(data).map((entry) => (
        <li key={entry.key}>
          <svg className="legend-swatch" viewBox="0 0 36 16" aria-hidden="true">
            {entry.swatch}
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
