import { DoneShare } from '../../../components/activity-status';
import type { UnitGroup } from '../filter-activities';
import { strings } from '../strings';
import { ActivityItem } from './activity-item';

interface ActivityGroupsProps {
  groups: readonly UnitGroup[];
  unitName: (code: string) => string;
  measureName: (number: number) => string;
  showYear: boolean;
}

const anchorOf = (code: string) => `enhet-${code.toLowerCase()}`;

/** The filtered activities under each responsible unit, with counts from the rows shown. */
export function ActivityGroups({ groups, unitName, measureName, showYear }: ActivityGroupsProps) {
  if (groups.length === 0) return <p className="empty">{strings.none}</p>;
  return (
    <>
      {groups.length > 1 && (
        <nav className="unit-index" aria-label={strings.unitIndex}>
          <ul>
            {groups.map((group) => (
              <li key={group.code}>
                <a href={`#${anchorOf(group.code)}`}>
                  {unitName(group.code)}{' '}
                  <span className="count">{strings.count(group.activities.length)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((group) => (
        <section key={group.code} className="unit-group" aria-labelledby={anchorOf(group.code)}>
          <h2 id={anchorOf(group.code)} tabIndex={-1}>
            {unitName(group.code)}{' '}
            <span className="unit-group__count">{strings.countLong(group.activities.length)}</span>
          </h2>
          <p className="unit-group__done">
            <DoneShare activities={group.activities} />
          </p>
          <ul className="activity-list">
            {group.activities.map((activity) => (
              <ActivityItem
                key={activity.id}
                activity={activity}
                measureName={measureName(activity.measureNumber)}
                showYear={showYear}
                unitName={unitName}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
