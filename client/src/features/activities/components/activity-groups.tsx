import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { DoneShare } from '../../../components/activity-status';
import type { ActivityGroup, ActivitySection } from '../filter-activities';
import { strings } from '../strings';
import type { ShownGroups } from '../use-activity-filters';
import { ActivityItem, activityAnchor } from './activity-item';

// A group shows this many at first and this many more per "Visa fler": a unit of a large
// organisation can hold hundreds, and the page must stay readable on a phone. "Visa fler" is a
// link to the address that shows more (?visa=), which the server renders without JavaScript;
// with it, the same link shows them in place.
const FIRST_SHOWN = 10;
const MORE_SHOWN = 20;
// Up to this many activities in all (or in a single group), every group is open; beyond it the
// folded groups are the page's index.
const OPEN_UP_TO = 12;

interface ActivityGroupsProps {
  sections: readonly ActivitySection[];
  total: number;
  unitName: (code: string) => string;
  measureName: (number: number) => string;
  showYear: boolean;
  shownGroups: ShownGroups;
}

/** The filtered activities in folded groups with counts from the rows shown. */
export function ActivityGroups({ sections, total, ...itemProps }: ActivityGroupsProps) {
  if (sections.length === 0) return <p className="empty">{strings.none}</p>;
  const open = total <= OPEN_UP_TO || sections.flatMap((s) => s.groups).length === 1;
  return (
    <>
      {!open && <p className="muted">{strings.groupsHint}</p>}
      {sections.map((section) =>
        section.title === undefined ? (
          section.groups.map((group) => (
            <Group key={group.key} group={group} level={2} open={open} {...itemProps} />
          ))
        ) : (
          <section
            key={section.groups[0]!.key}
            className="activity-section"
            aria-labelledby={`${section.groups[0]!.key}-section`}
          >
            <h2 id={`${section.groups[0]!.key}-section`}>{section.title}</h2>
            {section.groups.map((group) => (
              <Group key={group.key} group={group} level={3} open={open} {...itemProps} />
            ))}
          </section>
        ),
      )}
    </>
  );
}

interface GroupProps extends Omit<ActivityGroupsProps, 'sections' | 'total'> {
  group: ActivityGroup;
  level: 2 | 3;
  open: boolean;
}

function Group(props: GroupProps) {
  const { group, level, open, shownGroups, unitName, measureName, showYear } = props;
  const total = group.activities.length;
  const asked = shownGroups.counts.get(group.key);
  const shown = Math.min(total, Math.max(FIRST_SHOWN, asked ?? 0));
  const list = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  // After "Visa fler" the focus moves to the first activity that appeared, not back to the top.
  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.children[focusFrom.current]
      ?.querySelector<HTMLElement>('.activity__text a')
      ?.focus();
    focusFrom.current = null;
  }, [shown]);
  const Heading = level === 2 ? 'h2' : 'h3';
  const more = Math.min(MORE_SHOWN, total - shown);
  const firstNew = group.activities[shown];
  return (
    // A group the address shows more of is open: the reader followed its "Visa fler".
    <details className="activity-group" open={open || asked !== undefined}>
      <summary>
        <Heading className="activity-group__title">
          {group.title} <span className="activity-group__count">{strings.countLong(total)}</span>
        </Heading>
        <span className="activity-group__done">
          <DoneShare activities={group.activities} />
        </span>
      </summary>
      <ul className="activity-list" ref={list}>
        {group.activities.slice(0, shown).map((activity) => (
          <ActivityItem
            key={activity.id}
            activity={activity}
            measureName={measureName(activity.measureNumber)}
            showYear={showYear}
            unitName={unitName}
          />
        ))}
      </ul>
      {firstNew && (
        <div className="activity-group__more">
          <p>{strings.shownOf(shown, total)}</p>
          <Link
            // Without JavaScript the new page opens at the first activity that appeared.
            to={`${shownGroups.href(group.key, shown + more)}#${activityAnchor(firstNew.id)}`}
            className="button button--secondary"
            onClick={(event) => {
              // A new tab or window gets the address; a plain click shows them in place.
              if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
              event.preventDefault();
              focusFrom.current = shown;
              shownGroups.show(group.key, shown + more);
            }}
          >
            {strings.showMore(more)}
            <span className="visually-hidden"> {strings.inGroup(group.title)}</span>
          </Link>
        </div>
      )}
    </details>
  );
}
