import { COMPLETENESS_STATE_LABELS, type CompletenessItem } from '@malbild/shared';
import { formatDay } from '../../../lib/format';
import { strings } from '../strings';

// Done, due, late, missing: a word and a mark each, colour only adds to them.
const MARKS = { done: '✓', due: '○', late: '!', missing: '–' } as const;

/** One group's items: what, whose, by when, and its state in words. */
export function CompletenessTable({
  items,
  caption,
}: {
  items: readonly CompletenessItem[];
  caption: string;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table completeness-table">
        <thead>
          <tr>
            <th scope="col">{strings.what}</th>
            <th scope="col">{strings.units}</th>
            <th scope="col">{strings.dueDate}</th>
            <th scope="col">{strings.state}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={`${item.check}-${index}`}>
              <td>{item.text}</td>
              <td>{item.units.join(', ') || strings.noUnit}</td>
              <td>
                {item.dueDate ? (
                  <time dateTime={item.dueDate}>{formatDay(item.dueDate)}</time>
                ) : (
                  strings.notSet
                )}
              </td>
              <td>
                <span className={`completeness-state completeness-state--${item.state}`}>
                  <span aria-hidden="true">{MARKS[item.state]}</span>{' '}
                  {COMPLETENESS_STATE_LABELS[item.state]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
