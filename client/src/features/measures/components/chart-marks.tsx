// The chart's marks, shared by the chart and its HTML legend so the two always match. Each
// series differs in shape and dash pattern as well as colour. The measured outcomes are the
// strongest line; the straight line and the projection are thin, and the projection dotted,
// so a forecast never reads as a figure (each still 3:1 against white, WCAG 1.4.11).
export const SERIES = {
  outcome: { color: '#1c3d5a', dash: undefined, width: 3 },
  target: { color: '#a1440d', dash: undefined, width: 2 },
  guide: { color: '#5b6471', dash: '7 5', width: 1.5 },
  trend: { color: '#4b7f76', dash: '2 4', width: 1.5 },
  // The comparison with other municipalities: thinner than the outcome, each with a marker of
  // its own (square, triangle) besides its colour and dash.
  country: { color: '#6b3fa0', dash: '8 3', width: 2 },
  group: { color: '#b0306a', dash: '3 3', width: 2 },
} as const;

interface MarkProps {
  x: number;
  y: number;
}

export function OutcomeMark({ x, y, hollow }: MarkProps & { hollow: boolean }) {
  return (
    <circle
      cx={x}
      cy={y}
      r={4.5}
      fill={hollow ? '#fff' : SERIES.outcome.color}
      stroke={SERIES.outcome.color}
      strokeWidth={2}
    />
  );
}

export function TargetMark({ x, y }: MarkProps) {
  return (
    <path
      d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`}
      fill="#fff"
      stroke={SERIES.target.color}
      strokeWidth={2}
    />
  );
}

/** Riket's mark: a small square. */
export function CountryMark({ x, y }: MarkProps) {
  return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={SERIES.country.color} />;
}

/** The comparison group's mark: a small triangle. */
export function GroupMark({ x, y }: MarkProps) {
  return (
    <path
      d={`M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z`}
      fill={SERIES.group.color}
    />
  );
}

/** A five-pointed star: the end target stands out from the yearly ones. */
export function EndTargetMark({ x, y }: MarkProps) {
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 8 : 3.5;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(x + radius * Math.cos(angle)).toFixed(1)},${(y + radius * Math.sin(angle)).toFixed(1)}`;
  });
  return <polygon points={points.join(' ')} fill={SERIES.target.color} />;
}

/** A footnote reference's text as attributes: a standalone image of the chart has no style sheet. */
export const FOOTNOTE_TEXT = { fontSize: 12, fontWeight: 700, fill: '#1b2430' };

/** A reference number beside a point: "1" for the first footnote. */
export function FootnoteRef({ x, y, numbers }: MarkProps & { numbers: readonly number[] }) {
  if (numbers.length === 0) return null;
  return (
    <text x={x + 7} y={y - 7} className="chart-footnote-ref" {...FOOTNOTE_TEXT}>
      {numbers.join(',')})
    </text>
  );
}
