import type { PeriodStatusKey } from '@malbild/shared';
import { StatusIcon } from './status-icon';

// A bullseye, an arrow forward, an arrow forward in a ring (slow), an arrow back, a dash. Other
// shapes than the year's states (state-icon.tsx), so the two answers are not mistaken.
const ICONS: Record<
  PeriodStatusKey,
  { disc: 'filled' | 'ring' | 'dashed'; stroke?: string; fill?: string }
> = {
  target_reached: { disc: 'ring', fill: 'M8 4.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z' },
  on_track: { disc: 'filled', stroke: 'M4 8h7.5M8.5 5l3 3-3 3' },
  too_slow: { disc: 'ring', stroke: 'M5 8h5M8 6l2 2-2 2' },
  wrong_direction: { disc: 'filled', stroke: 'M12 8H4.5M7.5 5l-3 3 3 3' },
  not_assessable: { disc: 'dashed', stroke: 'M5 8h6' },
};

export function PeriodStatusIcon({ status }: { status: PeriodStatusKey }) {
  const { disc, stroke, fill } = ICONS[status];
  return (
    <StatusIcon
      className={`state-icon period-icon--${status}`}
      disc={disc}
      stroke={stroke ?? null}
      fill={fill ?? null}
    />
  );
}
