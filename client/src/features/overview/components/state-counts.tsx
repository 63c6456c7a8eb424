import {
  PERIOD_STATUS_LABELS,
  PeriodStatusKeySchema,
  type PeriodStatusCounts,
  type StateCounts,
} from '@malbild/shared';
import { PeriodStatusIcon } from '../../../components/period-status-icon';
import { StateIcon } from '../../../components/state-icon';
import { STATE_ORDER } from '../../../components/state-levels';
import { strings } from '../strings';
import { CountList } from './count-list';

interface StateCountsViewProps {
  counts: StateCounts;
  periodCounts: PeriodStatusCounts;
  year: number;
  endYear: number;
  /** Names the lists for screen readers, e.g. the goal they count. */
  name: string;
}

/**
 * Two answers, never mixed up in one word: how many measures reached this year's target, and
 * how many are on their way to the end target. A bar for the eye, words and numbers for everyone.
 */
export function StateCountsView({
  counts,
  periodCounts,
  year,
  endYear,
  name,
}: StateCountsViewProps) {
  const total = STATE_ORDER.reduce((sum, state) => sum + counts[state], 0);
  return (
    <div className="state-counts">
      <p className="state-counts__heading">{strings.yearCountsHeading(year)}</p>
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
      <CountList
        label={strings.yearCountsOf(name, year)}
        items={STATE_ORDER.map((state) => ({
          key: state,
          icon: <StateIcon state={state} />,
          count: counts[state],
          label: strings.stateCountLabels[state],
        }))}
      />
      <p className="state-counts__heading">{strings.periodCountsHeading(endYear)}</p>
      <CountList
        label={strings.periodCountsOf(name, endYear)}
        items={PeriodStatusKeySchema.options.map((key) => ({
          key,
          icon: <PeriodStatusIcon status={key} />,
          count: periodCounts[key],
          label: PERIOD_STATUS_LABELS[key].toLowerCase(),
        }))}
      />
    </div>
  );
}
