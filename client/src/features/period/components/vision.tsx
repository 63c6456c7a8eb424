import type { Period } from '@malbild/shared';
import { strings } from '../strings';

export function Vision({ period }: { period: Period }) {
  return (
    <div className="vision">
      <p className="vision__period">{strings.period(period.name)}</p>
      <p className="vision__label">{strings.vision}</p>
      <p className="vision__text">{period.vision}</p>
    </div>
  );
}
