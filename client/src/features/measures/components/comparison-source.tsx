import { formatDay } from '../../../lib/format';
import type { ChartComparison } from '../chart-data';
import { strings } from '../strings';

/** Where the comparison's figures come from, when they were fetched and what they are. */
export function ComparisonSource({ comparison }: { comparison: ChartComparison | null }) {
  if (!comparison) return null;
  return (
    <p className="comparison-source">
      {strings.comparisonSource} ({strings.comparisonKpi(comparison.kpi)}{' '}
      <time dateTime={comparison.fetchedAt}>{formatDay(comparison.fetchedAt)}</time>).{' '}
      {strings.comparisonMeaning(comparison.group)}
    </p>
  );
}
