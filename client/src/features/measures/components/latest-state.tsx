import type { YearState } from '@malbild/shared';
import { StateBadge } from '../../../components/state-badge';
import { formatValue, type ValueFormat } from '../../../lib/format';
import type { ChartRow } from '../chart-data';
import { strings } from '../strings';

interface LatestStateProps {
  rows: readonly ChartRow[];
  states: readonly YearState[];
  format: ValueFormat;
}

/** The state in the latest year of the period that has an outcome: the answer most readers look for. */
export function LatestState({ rows, states, format }: LatestStateProps) {
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const latest = states.findLast((s) => byYear.get(s.year)?.outcome != null);
  const row = latest && byYear.get(latest.year);
  if (!latest || !row) return null;
  return (
    <div className="latest-state">
      <p className="latest-state__heading">{strings.stateInYear(latest.year)}</p>
      <StateBadge state={latest.state} provisional={latest.provisional} />
      <p className="latest-state__figures">
        {strings.columnOutcome} {formatValue(row.outcome, format)} ·{' '}
        {strings.columnTarget.toLowerCase()} {formatValue(row.target, format)}
      </p>
    </div>
  );
}
