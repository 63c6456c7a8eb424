import { STATE_LABELS, STATE_TEXT_ALTERNATIVES } from '@malbild/shared';
import { StateBadge } from '../../../components/state-badge';
import { STATE_ORDER, strings } from '../strings';

export function StatesExplained() {
  return (
    <details className="states-explained">
      <summary>{strings.statesExplained}</summary>
      <dl>
        {STATE_ORDER.map((state) => (
          <div key={state}>
            <dt>
              <StateBadge state={state} />
              <span className="visually-hidden">{STATE_LABELS[state]}</span>
            </dt>
            <dd>{STATE_TEXT_ALTERNATIVES[state]}.</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
