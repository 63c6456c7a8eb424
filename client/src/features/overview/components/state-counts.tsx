import { STATE_LABELS, type StateCounts } from '@malbild/shared';
import { StateIcon } from '../../../components/state-icon';
import { STATE_ORDER, strings } from '../strings';

interface StateCountsViewProps {
  counts: StateCounts;
  /** Names the list for screen readers, e.g. the goal it counts. */
  label: string;
}

/** How many measures are in each state: a bar for the eye, the words and numbers for everyone. */
export function StateCountsView({ counts, label }: StateCountsViewProps) {
  const total = STATE_ORDER.reduce((sum, state) => sum + counts[state], 0);
  return (
    <div className="state-counts">
      {total > 0 && (
        <div className="state-bar" aria-hidden="true">
          {STATE_ORDER.filter((state) => counts[state] > 0).map((state) => (
            <span key={state} className={`state-bar__part state-bar__part--${state}`}>
              {/* One per measure: the part's width follows the count (see base.css). */}
              {Array.from({ length: counts[state] }, (_, index) => (
                <i key={index} />
              ))}
            </span>
          ))}
        </div>
      )}
      <ul className="state-counts__list" aria-label={label}>
        {STATE_ORDER.map((state) => (
          <li key={state} className={counts[state] === 0 ? 'state-counts__item--zero' : undefined}>
            <StateIcon state={state} />
            {strings.countLabel(counts[state], STATE_LABELS[state])}
          </li>
        ))}
      </ul>
    </div>
  );
}
