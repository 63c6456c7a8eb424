import { QueryState } from '../../../components/query-state';
import { formatDay } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReminders } from '../api/get-reminders';
import { strings } from '../strings';
import './deadlines.css';

/** /paminnelser – the signed-in user's reminders, also those sent by e-mail. */
export function RemindersPage() {
  useDocumentTitle(strings.remindersTitle);
  const query = useReminders();
  return (
    <div className="page">
      <h1>{strings.remindersTitle}</h1>
      <p>{strings.remindersIntro}</p>
      <QueryState query={query} label={strings.remindersLabel}>
        {(reminders) =>
          reminders.length === 0 ? (
            <p>{strings.noReminders}</p>
          ) : (
            <ul className="reminder-list">
              {reminders.map((reminder) => (
                <li key={reminder.id} className="card">
                  <h2>{reminder.subject}</h2>
                  <p className="reminder-list__meta">
                    {strings.reminderMeta(
                      formatDay(reminder.claimedAt),
                      reminder.channel === 'email' && reminder.sentAt !== null,
                    )}
                  </p>
                  <details>
                    <summary>{strings.reminderText}</summary>
                    <p className="reminder-list__body">{reminder.body}</p>
                  </details>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
