import type { Overview } from '@malbild/shared';
import { countPeriodStatuses, countStates } from '@malbild/shared';
import { NextFollowUp } from '../../../components/next-follow-up';
import { UpdatedAt } from '../../../components/updated-at';
import { PrintDate } from './print-date';
import { strings } from '../strings';
import { GoalStateCard } from './goal-state-card';
import { StateCountsView } from './state-counts';
import { StatesExplained } from './states-explained';
import { YearPicker } from './year-picker';

interface OverviewViewProps {
  overview: Overview;
  /** The year asked for while its figures are on their way; the last year's stay on screen. */
  pendingYear: number | null;
}

export function OverviewView({ overview, pendingYear }: OverviewViewProps) {
  const measures = overview.areas.flatMap((a) => a.goals.flatMap((g) => g.measures));
  const { year, endYear } = overview;
  return (
    <div aria-busy={pendingYear !== null}>
      <section className="overview-summary" aria-labelledby="overview-heading">
        <h2 id="overview-heading">{strings.heading(year)}</h2>
        <YearPicker years={overview.availableYears} selected={year} />
        <p className="visually-hidden" role="status">
          {pendingYear === null ? strings.showing(year) : strings.updating(pendingYear)}
        </p>
        <UpdatedAt value={overview.updatedAt} />
        <NextFollowUp />
        <PrintDate />
        <p className="overview-summary__total">{strings.total(measures.length)}</p>
        <StateCountsView
          counts={countStates(measures.map((m) => m.state))}
          periodCounts={countPeriodStatuses(measures.map((m) => m.periodStatus))}
          year={year}
          endYear={endYear}
          name={strings.allMeasures}
        />
        <StatesExplained />
      </section>
      {overview.areas.map((area) => (
        <section key={area.id} className="area" aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`} className="area__title">
            <span className="eyebrow">{strings.areaEyebrow}</span> {area.name}
          </h2>
          <StateCountsView
            counts={area.counts}
            periodCounts={area.periodCounts}
            year={year}
            endYear={endYear}
            name={area.name}
          />
          <div className="area__goals">
            {area.goals.map((goal) => (
              <GoalStateCard key={goal.id} goal={goal} year={year} endYear={endYear} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
