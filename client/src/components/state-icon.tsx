import type { AssessmentState } from '@malbild/shared';
import { StatusIcon } from './status-icon';

// Check, arrow, cross, dash.
const PATHS: Record<AssessmentState, string> = {
  met: 'M4.5 8.5l2.5 2.5 4.5-5',
  improving: 'M5 11l6-6M6.5 5H11v4.5',
  not_met: 'M5.5 5.5l5 5M10.5 5.5l-5 5',
  no_data: 'M5 8h6',
};

export function StateIcon({ state }: { state: AssessmentState }) {
  return (
    <StatusIcon
      className={`state-icon state-icon--${state}`}
      disc={state === 'no_data' ? 'dashed' : 'filled'}
      stroke={PATHS[state]}
    />
  );
}
