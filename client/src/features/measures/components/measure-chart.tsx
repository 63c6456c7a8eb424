import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type XAxisTickContentProps,
} from 'recharts';
import { formatSwedishNumber } from '@malbild/shared';
import { formatValue, type ValueFormat } from '../../../lib/format';
import type { ChartData, ChartRow } from '../chart-data';
import { strings } from '../strings';
import {
  CountryMark,
  EndTargetMark,
  FOOTNOTE_TEXT,
  FootnoteRef,
  GroupMark,
  OutcomeMark,
  SERIES,
  TargetMark,
} from './chart-marks';

// Recharts is large: this module is only loaded through React.lazy (see measure-figure.tsx).

// The axes' text as attributes too, which the page's style sheet overrides (smaller on a phone)
// and a standalone image (chart.svg, chart.png) keeps.
const TICK_TEXT = { fill: '#2b3440', fontSize: 12 };

interface MeasureChartProps {
  data: ChartData;
  format: ValueFormat;
  height: number;
  /**
   * A fixed width in pixels, for the server's image of the chart (chart.svg, chart.png, the
   * documents): no measuring of the box and no tooltip. Without it the chart fills its box.
   */
  width?: number;
}

function refsAt(row: ChartRow, anchor: 'outcome' | 'target' | 'axis'): number[] {
  return row.footnotes.filter((f) => f.anchor === anchor).map((f) => f.number);
}

function hasPoint(props: DotItemDotProps): props is DotItemDotProps & { cx: number; cy: number } {
  return typeof props.cx === 'number' && typeof props.cy === 'number' && props.value != null;
}

function outcomeDot(props: DotItemDotProps) {
  if (!hasPoint(props)) return <g key={props.index} />;
  const row = props.payload as ChartRow;
  return (
    <g key={props.index}>
      <OutcomeMark x={props.cx} y={props.cy} hollow={row.provisional} />
      <FootnoteRef x={props.cx} y={props.cy} numbers={refsAt(row, 'outcome')} />
    </g>
  );
}

function targetDot(props: DotItemDotProps) {
  if (!hasPoint(props)) return <g key={props.index} />;
  const row = props.payload as ChartRow;
  return (
    <g key={props.index}>
      <TargetMark x={props.cx} y={props.cy} />
      <FootnoteRef x={props.cx} y={props.cy} numbers={refsAt(row, 'target')} />
    </g>
  );
}

function endTargetDot(props: DotItemDotProps) {
  if (!hasPoint(props)) return <g key={props.index} />;
  const row = props.payload as ChartRow;
  return (
    <g key={props.index}>
      <EndTargetMark x={props.cx} y={props.cy} />
      <FootnoteRef x={props.cx + 3} y={props.cy} numbers={refsAt(row, 'target')} />
    </g>
  );
}

function comparisonDot(Mark: typeof CountryMark) {
  return (props: DotItemDotProps) =>
    hasPoint(props) ? (
      <Mark key={props.index} x={props.cx} y={props.cy} />
    ) : (
      <g key={props.index} />
    );
}
const countryDot = comparisonDot(CountryMark);
const groupDot = comparisonDot(GroupMark);

export default function MeasureChart({ data, format, height, width }: MeasureChartProps) {
  const byYear = new Map(data.rows.map((row) => [row.year, row]));
  const yearTick = (props: XAxisTickContentProps) => {
    const year = Number(props.payload.value);
    const row = byYear.get(year);
    const refs = row ? refsAt(row, 'axis') : [];
    // The reference goes on a line of its own: beside the year it would crowd a phone's axis.
    return (
      <g>
        <text
          x={props.x}
          y={Number(props.y) + 14}
          textAnchor="middle"
          className="chart-tick"
          {...TICK_TEXT}
        >
          {year}
        </text>
        {refs.length > 0 && (
          <text
            x={props.x}
            y={Number(props.y) + 28}
            textAnchor="middle"
            className="chart-footnote-ref"
            {...FOOTNOTE_TEXT}
          >
            {refs.join(',')})
          </text>
        )}
      </g>
    );
  };
  const chart = (
    <ComposedChart
      data={data.rows}
      width={width}
      height={width === undefined ? undefined : height}
      margin={{ top: 16, right: 14, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#d9dee5" vertical={false} />
      <XAxis
        dataKey="year"
        tick={yearTick}
        tickLine={false}
        interval={0}
        stroke="#5b6471"
        height={data.rows.some((row) => refsAt(row, 'axis').length > 0) ? 40 : 30}
      />
      <YAxis
        domain={['auto', 'auto']}
        tickFormatter={(value: number) => formatSwedishNumber(value, format.decimals)}
        width={48}
        stroke="#5b6471"
        tick={TICK_TEXT}
      />
      {width === undefined && (
        <Tooltip
          content={({ active, payload }) => (
            <ChartTooltip
              active={active}
              row={payload[0]?.payload as ChartRow | undefined}
              format={format}
            />
          )}
        />
      )}
      <Line
        dataKey="guide"
        name={strings.legendGuide}
        stroke={SERIES.guide.color}
        strokeDasharray={SERIES.guide.dash}
        strokeWidth={SERIES.guide.width}
        dot={false}
        activeDot={false}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        dataKey="trend"
        name={strings.legendTrend}
        stroke={SERIES.trend.color}
        strokeDasharray={SERIES.trend.dash}
        strokeWidth={SERIES.trend.width}
        dot={false}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey={(row: ChartRow) => (row.year === data.endYear ? null : row.target)}
        name={strings.legendTarget}
        stroke="none"
        dot={targetDot}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="endTarget"
        name={strings.legendEndTarget(data.endYear)}
        stroke="none"
        dot={endTargetDot}
        activeDot={false}
        isAnimationActive={false}
      />
      {data.comparison?.country && (
        <Line
          dataKey="country"
          name={strings.legendCountry(data.comparison.country)}
          stroke={SERIES.country.color}
          strokeDasharray={SERIES.country.dash}
          strokeWidth={SERIES.country.width}
          dot={countryDot}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
      )}
      {data.comparison?.group && (
        <Line
          dataKey="group"
          name={strings.legendGroup(data.comparison.group)}
          stroke={SERIES.group.color}
          strokeDasharray={SERIES.group.dash}
          strokeWidth={SERIES.group.width}
          dot={groupDot}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
      )}
      <Line
        dataKey="outcome"
        name={strings.legendOutcome}
        stroke={SERIES.outcome.color}
        strokeWidth={SERIES.outcome.width}
        dot={outcomeDot}
        activeDot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
  if (width !== undefined) return chart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  );
}

interface ChartTooltipProps {
  active: boolean | undefined;
  row: ChartRow | undefined;
  format: ValueFormat;
}

function ChartTooltip({ active, row, format }: ChartTooltipProps) {
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__year">{strings.tooltipYear(row.year)}</p>
      <p>
        {strings.columnOutcome}: {formatValue(row.outcome, format)}
      </p>
      <p>
        {strings.columnTarget}: {formatValue(row.target, format)}
      </p>
      {row.country !== null && (
        <p>
          {strings.columnCountry}: {formatValue(row.country, format)}
        </p>
      )}
      {row.group !== null && (
        <p>
          {strings.columnGroup}: {formatValue(row.group, format)}
        </p>
      )}
      {row.trend !== null && row.outcome === null && (
        <p>
          {strings.tooltipProjection}: {formatValue(row.trend, format)}
        </p>
      )}
      {row.footnotes.map((f) => (
        <p key={`${f.kind}-${f.number}`} className="chart-tooltip__note">
          {f.number}) {f.text}
        </p>
      ))}
    </div>
  );
}
