import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PeriodDetail } from '@malbild/shared';
import { getMeasuresQueryOptions } from '../../../lib/api/get-measures';
import { paths } from '../../../lib/paths';
import { refusalText, useStructureActions, type StructureItem } from '../api/structure-actions';
import { strings } from '../strings';
import { AreaEditForm, GoalEditForm } from './item-edit-forms';

interface StructureListProps {
  period: PeriodDetail;
  /** The reason the quick actions (move, remove) send; cleared after each. */
  reason: string;
  onActed: () => void;
  onNotice: (message: string) => void;
}

/** The period's areas, goals and measures, each with its edits, moves and removal. */
export function StructureList({ period, reason, onActed, onNotice }: StructureListProps) {
  const measures = useQuery(getMeasuresQueryOptions(period.id));
  const actions = useStructureActions(period.id);
  const [editing, setEditing] = useState<string | null>(null);
  const busy = actions.move.isPending || actions.remove.isPending;
  const editable = period.status !== 'closed';
  const failed = (error: Error) => onNotice(refusalText(error));

  const move = (item: StructureItem, position: number, name: string) =>
    actions.move.mutate(
      { action: { item, reason }, position },
      {
        onSuccess: (moved) => {
          onActed();
          onNotice(
            moved.number === undefined ? strings.movedItem(name) : strings.moved(moved.number),
          );
        },
        onError: failed,
      },
    );
  const remove = (item: StructureItem, name: string, confirmText: string) => {
    if (!window.confirm(confirmText)) return;
    actions.remove.mutate(
      { item, reason },
      {
        onSuccess: (answer) => {
          onActed();
          onNotice(
            answer?.outcome === 'retired' ? strings.retiredNotice(name) : strings.removed(name),
          );
        },
        onError: failed,
      },
    );
  };

  /** Up, down and remove for one item among `count` siblings at `index`. */
  const itemActions = (
    item: StructureItem,
    index: number,
    count: number,
    which: string,
    name: string,
    confirmText: string,
    before?: ReactNode,
    removable = true,
  ) =>
    editable && (
      <span className="structure-actions">
        {before}
        <ActionButton
          which={which}
          disabled={busy || index === 0}
          onClick={() => move(item, index, name)}
        >
          {strings.upShort}
        </ActionButton>
        <ActionButton
          which={which}
          disabled={busy || index === count - 1}
          onClick={() => move(item, index + 2, name)}
        >
          {strings.downShort}
        </ActionButton>
        <ActionButton
          which={which}
          disabled={busy || !removable}
          onClick={() => remove(item, name, confirmText)}
        >
          {strings.removeShort}
        </ActionButton>
      </span>
    );

  const editButton = (key: string, which: string) => (
    <ActionButton
      which={which}
      disabled={busy}
      expanded={editing === key}
      onClick={() => setEditing(editing === key ? null : key)}
    >
      {strings.editShort}
    </ActionButton>
  );
  const done = (message: string | null) => {
    setEditing(null);
    if (message) onNotice(message);
  };

  if (period.areas.length === 0) return <p>{strings.noAreas}</p>;
  const byNumber = new Map((measures.data ?? []).map((m) => [m.number, m]));
  return (
    <ol className="structure-list">
      {period.areas.map((area, areaIndex) => {
        const areaKey = `area-${area.id}`;
        const whichArea = strings.whichArea(area.name);
        return (
          <li key={area.id}>
            <div className="structure-item">
              <h3>{area.name}</h3>
              {itemActions(
                { kind: 'areas', id: area.id, version: area.version },
                areaIndex,
                period.areas.length,
                whichArea,
                area.name,
                strings.confirmRemoveArea(area.name),
                editButton(areaKey, whichArea),
              )}
            </div>
            {editing === areaKey && <AreaEditForm period={period} stored={area} onDone={done} />}
            <ol>
              {area.goals.map((goal, goalIndex) => {
                const goalKey = `goal-${goal.id}`;
                const whichGoal = strings.whichGoal(goal.name);
                return (
                  <li key={goal.id}>
                    <div className="structure-item">
                      <h4>{goal.name}</h4>
                      {itemActions(
                        { kind: 'goals', id: goal.id, version: goal.version },
                        goalIndex,
                        area.goals.length,
                        whichGoal,
                        goal.name,
                        strings.confirmRemoveGoal(goal.name),
                        editButton(goalKey, whichGoal),
                      )}
                    </div>
                    {editing === goalKey && (
                      <GoalEditForm period={period} stored={goal} onDone={done} />
                    )}
                    <ul>
                      {goal.measureNumbers.map((number, index) => {
                        const measure = byNumber.get(number);
                        const name = measure?.name ?? '';
                        const which = strings.whichMeasure(number);
                        return (
                          <li key={number} className="structure-item">
                            <span>
                              {strings.measure(number, name)}
                              {measure?.retired && ` ${strings.retired}`}
                            </span>
                            {itemActions(
                              { kind: 'measures', number },
                              index,
                              goal.measureNumbers.length,
                              which,
                              name,
                              strings.confirmRemove(number, name),
                              <Link
                                className="button button--secondary"
                                to={paths.definitions(number, period.id)}
                              >
                                {strings.editDefinition}
                                <span className="visually-hidden">{which}</span>
                              </Link>,
                              !measure?.retired,
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}

interface ActionButtonProps {
  /** For screen readers, after the visible text: which item it acts on. */
  which: string;
  disabled: boolean | undefined;
  expanded?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ActionButton({ which, disabled, expanded, onClick, children }: ActionButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={disabled}
      aria-expanded={expanded}
      onClick={onClick}
    >
      {children}
      <span className="visually-hidden">{which}</span>
    </button>
  );
}
