import { Link } from 'react-router';
import type { OverviewGoal } from '@malbild/shared';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';
import { MeasureStateRow } from './measure-state-row';
import { StateCountsView } from './state-counts';

interface GoalStateCardProps {
  goal: OverviewGoal;
  year: number;
  endYear: number;
}

export function GoalStateCard({ goal, year, endYear }: GoalStateCardProps) {
  return (
    <article className="card goal-card" aria-labelledby={`goal-${goal.id}`}>
      <h3 id={`goal-${goal.id}`} className="goal-card__title">
        <Link to={paths.goal(goal.id, year, useShownPeriodId())}>{goal.name}</Link>
      </h3>
      <StateCountsView
        counts={goal.counts}
        periodCounts={goal.periodCounts}
        year={year}
        endYear={endYear}
        name={goal.name}
      />
      {goal.measures.length === 0 ? (
        <p>{strings.noMeasures}</p>
      ) : (
        <ul className="measure-rows">
          {goal.measures.map((measure) => (
            <MeasureStateRow key={measure.number} measure={measure} year={year} endYear={endYear} />
          ))}
        </ul>
      )}
    </article>
  );
}
