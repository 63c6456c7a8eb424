import type { PeriodStatusResult, YearState } from '@malbild/shared';
import { PeriodStatusBadge } from '../../../components/period-status-badge';
import { StateBadge } from '../../../components/state-badge';
import { formatValue, type ValueFormat } from '../../../lib/format';
import type { ChartRow } from '../chart-data';
import { strings } from '../strings';

interface LatestStateProps {
  rows: readonly ChartRow[];
  states: readonly YearState[];
  status: PeriodStatusResult;
  endYear: number;
  format: ValueFormat;
}

/**
 * The two answers most readers look for, side by side and never in one word: the latest year
 * against its target, and the period against its end target.
 */
export function LatestState({ rows, states, status, endYear, format }: LatestStateProps) {
  const byYear = new Map(rows.map((row) => [row.year, row]));
  const latest = states.findLast((s) => byYear.get(s.year)?.outcome != null);
  const row = latest && byYear.get(latest.year);
  return (
    <div className="latest-state">
      {latest && row && (
        <div>
          <p className="latest-state__heading">{strings.stateInYear(latest.year)}</p>
          <StateBadge state={latest.state} provisional={latest.provisional} />
          <p className="latest-state__figures">
            {strings.columnOutcome} {formatValue(row.outcome, format)} ·{' '}
            {strings.columnTarget.toLowerCase()} {formatValue(row.target, format)}
          </p>
        </div>
      )}
      <div>
        <p className="latest-state__heading">{strings.periodStatus(endYear)}:</p>
        <PeriodStatusBadge status={status} />
      </div>
    </div>
  );
}
