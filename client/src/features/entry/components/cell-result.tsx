import type { CellOutcome } from '../grid/draft-state';
import { strings } from '../strings';

const LOOK: Record<CellOutcome['result'], { text: string; modifier?: string }> = {
  saved: { text: strings.resultSaved, modifier: 'saved' },
  unchanged: { text: strings.resultUnchanged },
  theirs: { text: strings.resultTheirs },
  conflict: { text: strings.resultConflict, modifier: 'problem' },
  refused: { text: strings.resultRefused, modifier: 'problem' },
};

/** What the last save did with the outcome or target, in words (and a tick for "saved"). */
export function CellResult({ id, outcome }: { id: string; outcome: CellOutcome }) {
  const { text, modifier } = LOOK[outcome.result];
  const reasons = 'errors' in outcome ? outcome.errors?.map((e) => e.message) : undefined;
  return (
    <p id={id} className={modifier ? `entry-result entry-result--${modifier}` : 'entry-result'}>
      {text}
      {reasons && ` ${reasons.join(' ')}`}
    </p>
  );
}
