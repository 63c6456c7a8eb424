import { Link } from 'react-router';
import type { OverviewMeasure } from '@malbild/shared';
import { DirectionNote } from '../../../components/direction-note';
import { NoDataReasons } from '../../../components/no-data-reasons';
import { PeriodStatusBadge } from '../../../components/period-status-badge';
import { StateBadge } from '../../../components/state-badge';
import { formatValue } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';

interface MeasureStateRowProps {
  measure: OverviewMeasure;
  year: number;
  endYear: number;
}

export function MeasureStateRow({ measure, year, endYear }: MeasureStateRowProps) {
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
      <DirectionNote direction={measure.direction} />
      <dl className="measure-row__states">
        <div>
          <dt>{strings.yearStateLabel(year)}</dt>
          <dd data-testid={`state-${measure.number}`}>
            <StateBadge state={measure.state} provisional={measure.provisional} />
            <NoDataReasons reasons={measure.noDataReasons} />
          </dd>
        </div>
        <div>
          <dt>{strings.periodStatusLabel(endYear)}</dt>
          <dd data-testid={`period-status-${measure.number}`}>
            <PeriodStatusBadge status={measure.periodStatus} />
          </dd>
        </div>
      </dl>
      {measure.outcomeNote && <p className="measure-row__note">{measure.outcomeNote}</p>}
    </li>
  );
}
