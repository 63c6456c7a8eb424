import '../follow-up.css';
import { REVIEW_STATE_LABELS, type ReviewState } from '@malbild/shared';
import { strings } from '../strings';

/** A draft's state in words ("Utkast", "Inskickad" …), never by colour alone. */
export function ReviewStateBadge({ state }: { state: ReviewState }) {
  return (
    <span className={`review-state review-state--${state}`}>
      <span className="visually-hidden">{strings.stateLabel}: </span>
      {REVIEW_STATE_LABELS[state]}
    </span>
  );
}
