import type { Direction } from '@malbild/shared';
import { strings } from './strings';

/** "Lägre är bättre" beside the figures of a measure where a falling value is the aim. */
export function DirectionNote({ direction }: { direction: Direction }) {
  if (direction === 'up') return null;
  return <span className="direction-note">{strings.lowerIsBetter}</span>;
}
