import { Link } from 'react-router';
import { assessPeriod, type Measure, type Period } from '@malbild/shared';
import { StateBadge } from '../../../components/state-badge';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { buildChartData } from '../chart-data';
import { strings } from '../strings';
import { MeasureFigure } from './measure-figure';
import { MeasureTable } from './measure-table';

interface MeasureCardProps {
  measure: Measure;
  period: Pick<Period, 'startYear' | 'endYear'>;
  /** The year whose state is shown, as chosen on the start page. */
  year: number | undefined;
}

/** One measure on its goal's page: a small chart with its table, and a link to the full page. */
export function MeasureCard({ measure, period, year }: MeasureCardProps) {
  // The same rules the API applies to /api/measures/:number, run here on the list's figures.
  const assessment = assessPeriod(measure, period);
  const data = buildChartData(measure, period.endYear, assessment);
  const shownYear = year ?? assessment.states.findLast((s) => s.state !== 'no_data')?.year;
  const shown = assessment.states.find((s) => s.year === shownYear);
  const headingId = `measure-${measure.number}`;
  return (
    <article className="card measure-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="measure-card__title">
        <Link to={paths.measure(measure.number, useShownPeriodId())}>
          <span className="measure-number">{measure.number}</span> {measure.name}
        </Link>
      </h3>
      {measure.statement && <p className="measure-card__statement">{measure.statement}</p>}
      {shown && (
        <p className="measure-card__state">
          {strings.stateInYear(shown.year)}{' '}
          <StateBadge state={shown.state} provisional={shown.provisional} />
        </p>
      )}
      <div className="measure-card__body">
        <MeasureFigure data={data} format={measure} height={220} />
        <MeasureTable
          data={data}
          format={measure}
          states={assessment.states}
          caption={strings.tableCaption(measure.number, measure.name)}
          highlightYear={shown?.year}
        />
      </div>
    </article>
  );
}
