import { useRef, useState } from 'react';
import { deadlineLabel, type Deadline } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { useDeadlines } from '../../../lib/api/get-deadlines';
import { formatDay } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';
import { DeadlineForm } from './deadline-form';
import { DeadlinesNav } from './deadlines-nav';
import './deadlines.css';

const keyOf = (d: Pick<Deadline, 'year' | 'kind'>) => `${d.year}-${d.kind}`;

/** /admin/kalender – per year of the period the day each milestone is due. */
export function CalendarPage() {
  useDocumentTitle(strings.calendarTitle);
  const period = useShownPeriodId();
  const query = useDeadlines(period);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const close = (deadline: Deadline, saved: Deadline | null) => {
    setEditing(null);
    if (saved) setStatus(strings.saved(`${deadlineLabel(saved.kind)} ${saved.year}`));
    // Back to the button that opened the form, which is rendered again first.
    requestAnimationFrame(() => buttons.current.get(keyOf(deadline))?.focus());
  };

  return (
    <div className="page">
      <h1>{strings.calendarTitle}</h1>
      <DeadlinesNav />
      <p>{strings.calendarIntro}</p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <QueryState query={query} label={strings.calendarLabel}>
        {({ deadlines }) =>
          [...new Set(deadlines.map((d) => d.year))].map((year) => (
            <section key={year} aria-labelledby={`calendar-${year}`} className="calendar-year">
              <h2 id={`calendar-${year}`}>{strings.yearHeading(year)}</h2>
              <div className="table-scroll">
                <table className="data-table calendar-table">
                  <thead>
                    <tr>
                      <th scope="col">{strings.milestone}</th>
                      <th scope="col">{strings.dueDate}</th>
                      <th scope="col">{strings.change}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deadlines
                      .filter((d) => d.year === year)
                      .map((deadline) => {
                        const key = keyOf(deadline);
                        const what = deadlineLabel(deadline.kind);
                        return (
                          <tr key={key}>
                            <th scope="row">{what}</th>
                            <td>
                              {deadline.dueDate ? (
                                <time dateTime={deadline.dueDate}>
                                  {formatDay(deadline.dueDate)}
                                </time>
                              ) : (
                                <span className="calendar-table__none">{strings.notSet}</span>
                              )}
                            </td>
                            <td>
                              {editing === key ? (
                                <DeadlineForm
                                  deadline={deadline}
                                  period={period}
                                  onDone={(saved) => close(deadline, saved)}
                                />
                              ) : (
                                <button
                                  type="button"
                                  className="button button--secondary"
                                  ref={(element) => {
                                    if (element) buttons.current.set(key, element);
                                  }}
                                  aria-label={strings.editLabel(what, year)}
                                  onClick={() => {
                                    setStatus('');
                                    setEditing(key);
                                  }}
                                >
                                  {strings.change}
                                </button>
                              )}
                            </td>
                          </tr>
                        );
                      })}
                  </tbody>
                </table>
              </div>
            </section>
          ))
        }
      </QueryState>
    </div>
  );
}
