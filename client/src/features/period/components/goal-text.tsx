import type { Goal } from '@malbild/shared';
import { strings } from '../strings';

/** "Det här menar vi med målet" and "Det här jobbar vi särskilt för", as decided. */
export function GoalText({ goal }: { goal: Goal }) {
  return (
    <div className="goal-text">
      <section aria-labelledby="goal-description">
        <h2 id="goal-description">{strings.description}</h2>
        {goal.description.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      {goal.focus.length > 0 && (
        <section aria-labelledby="goal-focus">
          <h2 id="goal-focus">{strings.focus}</h2>
          <ul className="focus-list">
            {goal.focus.map((bullet) => (
              <li key={bullet}>{bullet}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
