import { STATE_LABELS, type AssessmentState } from '@malbild/shared';
import { StateIcon } from './state-icon';
import { strings } from './strings';

interface StateBadgeProps {
  state: AssessmentState;
  /** The outcome is preliminary or for part of the year. */
  provisional?: boolean;
}

/** A state as icon and word, so that it never rests on colour alone. */
export function StateBadge({ state, provisional = false }: StateBadgeProps) {
  return (
    <span className={`state-badge state-badge--${state}`}>
      <StateIcon state={state} />
      {/* One run of text, so that "(preliminärt)" wraps with the label, not beside it. */}
      <span className="state-badge__label">
        {STATE_LABELS[state]}
        {provisional && <span className="state-badge__provisional"> ({strings.provisional})</span>}
      </span>
    </span>
  );
}
