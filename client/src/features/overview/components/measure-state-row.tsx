import { Link } from 'react-router';
import type { OverviewMeasure } from '@malbild/shared';
import { StateBadge } from '../../../components/state-badge';
import { formatValue } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';

interface MeasureStateRowProps {
  measure: OverviewMeasure;
  year: number;
}

export function MeasureStateRow({ measure, year }: MeasureStateRowProps) {
  return (
    <li className="measure-row">
      <Link className="measure-row__name" to={paths.measure(measure.number, useShownPeriodId())}>
        <span className="measure-number">{measure.number}</span> {measure.name}
      </Link>
      <dl className="measure-row__figures">
        <div>
          <dt>{strings.outcome(year)}</dt>
          <dd data-testid={`outcome-${measure.number}`}>{formatValue(measure.outcome, measure)}</dd>
        </div>
        <div>
          <dt>{strings.target}</dt>
          <dd data-testid={`target-${measure.number}`}>{formatValue(measure.target, measure)}</dd>
        </div>
      </dl>
      <span className="measure-row__state">
        <StateBadge state={measure.state} provisional={measure.provisional} />
      </span>
      {measure.outcomeNote && <p className="measure-row__note">{measure.outcomeNote}</p>}
    </li>
  );
}
