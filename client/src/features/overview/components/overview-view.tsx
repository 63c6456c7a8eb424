import type { Overview } from '@malbild/shared';
import { countStates } from '@malbild/shared';
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
  const states = overview.areas.flatMap((a) =>
    a.goals.flatMap((g) => g.measures.map((m) => m.state)),
  );
  return (
    <div aria-busy={pendingYear !== null}>
      <section className="overview-summary" aria-labelledby="overview-heading">
        <h2 id="overview-heading">{strings.heading(overview.year)}</h2>
        <YearPicker years={overview.availableYears} selected={overview.year} />
        <p className="visually-hidden" role="status">
          {pendingYear === null ? strings.showing(overview.year) : strings.updating(pendingYear)}
        </p>
        <p className="overview-summary__total">{strings.total(states.length)}</p>
        <StateCountsView counts={countStates(states)} label={strings.total(states.length)} />
        <StatesExplained />
      </section>
      {overview.areas.map((area) => (
        <section key={area.id} className="area" aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`} className="area__title">
            <span className="eyebrow">{strings.areaEyebrow}</span> {area.name}
          </h2>
          <StateCountsView counts={area.counts} label={strings.countsOf(area.name)} />
          <div className="area__goals">
            {area.goals.map((goal) => (
              <GoalStateCard key={goal.id} goal={goal} year={overview.year} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
