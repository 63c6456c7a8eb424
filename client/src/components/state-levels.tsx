import {
  PERIOD_STATUS_TEXT_ALTERNATIVES,
  PeriodStatusKeySchema,
  STATE_TEXT_ALTERNATIVES,
  type AssessmentState,
} from '@malbild/shared';
import type { ReactNode } from 'react';
import { PeriodLevelBadge } from './period-status-badge';
import { StateBadge } from './state-badge';

// Every state and every period status with what it means: the legend of the overview and the
// page that explains the method, from the same labels the rules give.

/** Order of states in counts and legends: best first. */
export const STATE_ORDER: readonly AssessmentState[] = ['met', 'improving', 'not_met', 'no_data'];

function LevelList({
  items,
}: {
  items: readonly { key: string; badge: ReactNode; text: string }[];
}) {
  return (
    <dl className="level-list">
      {items.map((item) => (
        <div key={item.key}>
          <dt>{item.badge}</dt>
          <dd>{item.text}.</dd>
        </div>
      ))}
    </dl>
  );
}

export function YearStateLevels() {
  return (
    <LevelList
      items={STATE_ORDER.map((state) => ({
        key: state,
        badge: <StateBadge state={state} />,
        text: STATE_TEXT_ALTERNATIVES[state],
      }))}
    />
  );
}

export function PeriodStatusLevels() {
  return (
    <LevelList
      items={PeriodStatusKeySchema.options.map((key) => ({
        key,
        badge: <PeriodLevelBadge level={key} />,
        text: PERIOD_STATUS_TEXT_ALTERNATIVES[key],
      }))}
    />
  );
}
