import { formatDate, type MeasureWithAssessment } from '@malbild/shared';
import { measureChartData } from '../chart-data';
import { strings } from '../strings';
import { legendEntries } from './chart-legend';
import MeasureChart from './measure-chart';
import { chartSummary } from './measure-figure';

// The measure's chart as one standalone SVG image (chart.svg, chart.png, the documents), drawn
// by the page's own chart component at a fixed size, with what the page says around it in HTML:
// the title, the unit, the legend, the footnotes and the source. There is no style sheet in a
// file, so every text carries its font and colour.

export const IMAGE_WIDTH = 800;
const PLOT_HEIGHT = 320;
const PAD = 16;
const LINE = 18;
const TEXT = '#1b2430';
const MUTED = '#4a5563';

/** Lines of at most `max` characters, broken between words (no text measuring on the server). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line ? [...lines, line] : lines;
}

/** DejaVu Sans is about 0.6 em wide per character: how many fit across the image. */
const charsAcross = (size: number, indent = 0) =>
  Math.floor((IMAGE_WIDTH - 2 * PAD - indent) / (size * 0.6));

interface MeasureChartImageProps {
  measure: MeasureWithAssessment;
  /** The municipality's name, for the source line. */
  organisation: string | null;
}

/**
 * The image; the chart itself renders beside it (Recharts draws into an HTML box) and the
 * server's renderer puts it into the `chart-image__plot` group.
 */
export function MeasureChartImage({ measure, organisation }: MeasureChartImageProps) {
  const { data } = measureChartData(measure);
  const title = wrap(strings.imageTitle(measure.number, measure.name), charsAcross(17));
  const axis = `${strings.unitName(measure.unit)}${
    measure.direction === 'down' ? ` (${strings.imageLowerIsBetter})` : ''
  }`;
  const legend = legendEntries(data);
  const footnotes = data.footnotes.flatMap((f) =>
    wrap(`${f.number}) ${f.text}`, charsAcross(12)).map((text, i) => ({
      key: `${f.number}-${i}`,
      text,
    })),
  );
  const source = strings.imageSource(
    organisation,
    measure.updatedAt ? formatDate(measure.updatedAt.slice(0, 10)) : null,
  );
  let y = PAD;
  const titleTop = y + 17;
  y += title.length * 22;
  const axisTop = y + 16;
  y += 24;
  const plotTop = y;
  y += PLOT_HEIGHT + 8;
  const legendTop = y;
  y += legend.length * LINE + 6;
  const footnoteTop = y + 12;
  y += footnotes.length * 16 + (footnotes.length > 0 ? 8 : 0);
  const sourceTop = y + 14;
  const height = y + 14 + PAD;
  return (
    <div>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        className="chart-image"
        width={IMAGE_WIDTH}
        height={height}
        viewBox={`0 0 ${IMAGE_WIDTH} ${height}`}
        role="img"
        fontFamily="DejaVu Sans, Verdana, sans-serif"
      >
        <title>{chartSummary(data, measure)}</title>
        <rect width={IMAGE_WIDTH} height={height} fill="#fff" />
        <text x={PAD} y={titleTop} fontSize={17} fontWeight={700} fill={TEXT}>
          {title.map((line, i) => (
            <tspan key={line} x={PAD} dy={i === 0 ? 0 : 22}>
              {line}
            </tspan>
          ))}
        </text>
        <text x={PAD} y={axisTop} fontSize={12} fill={MUTED}>
          {axis}
        </text>
        <g className="chart-image__plot" transform={`translate(${PAD} ${plotTop})`} />
        {legend.map((entry, i) => (
          <g key={entry.key} transform={`translate(${PAD} ${legendTop + i * LINE})`}>
            {entry.swatch}
            <text x={44} y={12} fontSize={12} fill={TEXT}>
              {entry.label}
            </text>
          </g>
        ))}
        {footnotes.map((line, i) => (
          <text key={line.key} x={PAD} y={footnoteTop + i * 16} fontSize={12} fill={TEXT}>
            {line.text}
          </text>
        ))}
        <text x={PAD} y={sourceTop} fontSize={11} fill={MUTED}>
          {source}
        </text>
      </svg>
      <div className="chart-image__chart">
        <MeasureChart
          data={data}
          format={measure}
          height={PLOT_HEIGHT}
          width={IMAGE_WIDTH - 3 * PAD}
        />
      </div>
    </div>
  );
}
