import { Link } from 'react-router';
import { assessPeriod, assessPeriodStatus, type Measure, type Period } from '@malbild/shared';
import { NoDataReasons } from '../../../components/no-data-reasons';
import { PeriodStatusBadge } from '../../../components/period-status-badge';
import { StateBadge } from '../../../components/state-badge';
import { UpdatedAt } from '../../../components/updated-at';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { buildChartData } from '../chart-data';
import { strings } from '../strings';
import { MeasureFigure } from './measure-figure';
import { MeasureTable } from './measure-table';

interface MeasureCardProps {
  measure: Measure;
  period: Pick<Period, 'startYear' | 'endYear'>;
  /** The overview's year, so that the goal page and the start page show the same states. */
  year: number;
}

/** One measure on its goal's page: a small chart with its table, and a link to the full page. */
export function MeasureCard({ measure, period, year }: MeasureCardProps) {
  // The same rules the API applies to /api/overview and /api/measures/:number.
  const assessment = assessPeriod(measure, period);
  const data = buildChartData(measure, period.endYear, assessment);
  const shown = assessment.states.find((s) => s.year === year);
  const headingId = `measure-${measure.number}`;
  return (
    <article className="card measure-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="measure-card__title">
        <Link to={paths.measure(measure.number, useShownPeriodId())}>
          <span className="measure-number">{measure.number}</span> {measure.name}
        </Link>
      </h3>
      {measure.statement && <p className="measure-card__statement">{measure.statement}</p>}
      <dl className="measure-row__states measure-card__states">
        {shown && (
          <div>
            <dt>{strings.stateInYear(year)}</dt>
            <dd data-testid={`card-state-${measure.number}`}>
              <StateBadge state={shown.state} provisional={shown.provisional} />
              <NoDataReasons reasons={shown.noDataReasons} />
            </dd>
          </div>
        )}
        <div>
          <dt>{strings.periodStatus(period.endYear)}:</dt>
          <dd data-testid={`card-period-status-${measure.number}`}>
            <PeriodStatusBadge status={assessPeriodStatus(measure, period, year)} />
          </dd>
        </div>
      </dl>
      <UpdatedAt value={measure.updatedAt} />
      <div className="measure-card__body">
        <MeasureFigure data={data} format={measure} height={220} />
        <MeasureTable
          data={data}
          format={measure}
          states={assessment.states}
          caption={strings.tableCaption(measure.number, measure.name, measure.direction)}
          highlightYear={shown?.year}
        />
      </div>
    </article>
  );
}
