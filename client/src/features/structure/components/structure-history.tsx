import { useQuery } from '@tanstack/react-query';
import type { PeriodDetail, StructureHistoryEntry } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { getStructureHistoryQueryOptions } from '../api/get-structure-history';
import { strings } from '../strings';

/** A stored value in words: lists by their items, yes/no, long texts cut. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return strings.none;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (Array.isArray(value)) return value.map(valueText).join(' / ');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

const fieldLabel = (key: string) =>
  (strings.historyFields as Record<string, string | undefined>)[key] ?? key;

/** What changed: each field's old → new (only the new for something added). */
function changes(entry: StructureHistoryEntry): string[] {
  const keys = new Set([
    ...Object.keys(entry.oldState ?? {}),
    ...Object.keys(entry.newState ?? {}),
  ]);
  return [...keys].map((key) => {
    const before = entry.oldState?.[key];
    const after = entry.newState?.[key];
    if (entry.newState === null) return `${fieldLabel(key)}: ${valueText(before)}`;
    if (entry.oldState === null) return `${fieldLabel(key)}: ${valueText(after)}`;
    return `${fieldLabel(key)}: ${valueText(before)} → ${valueText(after)}`;
  });
}

/** Which item: its name in the entry, else as the period has it now. */
function subjectText(entry: StructureHistoryEntry, period: PeriodDetail): string {
  const named = entry.newState?.name ?? entry.oldState?.name;
  const goals = period.areas.flatMap((area) => area.goals);
  const now =
    entry.subject === 'period'
      ? period.name
      : entry.subject === 'area'
        ? period.areas.find((area) => area.id === entry.subjectId)?.name
        : entry.subject === 'goal'
          ? goals.find((goal) => goal.id === entry.subjectId)?.name
          : undefined;
  const name = typeof named === 'string' ? named : now;
  return name ? `${strings.subjects[entry.subject]}: ${name}` : strings.subjects[entry.subject];
}

/** Every change of the period and its structure, newest first. */
export function StructureHistory({ period }: { period: PeriodDetail }) {
  const history = useQuery(getStructureHistoryQueryOptions(period.id));
  return (
    // One region of that name: the table's scroll box (a named section would be a second).
    <section>
      <h3 id="structure-history">{strings.historyHeading}</h3>
      <p>{strings.historyIntro}</p>
      <QueryState query={history} label={strings.historyLabel}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{strings.historyEmpty}</p>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-labelledby="structure-history"
            >
              <table className="structure-table structure-history">
                <caption className="visually-hidden">{strings.historyHeading}</caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.historyColumns.when}</th>
                    <th scope="col">{strings.historyColumns.what}</th>
                    <th scope="col">{strings.historyColumns.change}</th>
                    <th scope="col">{strings.historyColumns.who}</th>
                    <th scope="col">{strings.historyColumns.why}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry, index) => (
                    <tr key={`${entry.changedAt}-${index}`}>
                      <td>{formatDateTime(entry.changedAt)}</td>
                      <th scope="row">
                        {subjectText(entry, period)}{' '}
                        <span className="structure-history__action">
                          ({strings.actions[entry.action]})
                        </span>
                      </th>
                      <td>
                        <ul className="structure-history__changes">
                          {changes(entry).map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                      </td>
                      <td>{entry.changedBy}</td>
                      <td>{entry.reason ?? strings.none}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
