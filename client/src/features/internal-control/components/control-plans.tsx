import { useState } from 'react';
import {
  CONTROL_POINT_COLUMNS,
  mayEditControlOf,
  type ControlPlan,
  type ControlPoint,
  type Risk,
  type User,
} from '@malbild/shared';
import { StatusMessage } from '../../../components/status-message';
import { formatDate } from '../../../lib/format';
import { conflictingPoint, useRemoveControlPoint } from '../api/write-plans';
import { strings } from '../strings';
import { useFocusAfterRemoval, type Notices } from '../use-notices';
import { ControlPointForm, POINT_FIELDS } from './control-point-form';
import { PlanDecisionForm } from './plan-decision-form';
import { dateOrDash, planStatus } from './plan-status';
import { RemoveControlItem } from './remove-control-item';

const [, , , text, , regulation, period, method, responsible, time, followUp, report] =
  CONTROL_POINT_COLUMNS;
const COLUMNS = [text, regulation, period, method, responsible, time, followUp, report];

/** Each plan of the year with its kontrollpunkter, what they come from, and earlier versions. */
export function ControlPlans({
  plans,
  risks,
  year,
  user,
  notices,
}: {
  plans: readonly ControlPlan[];
  risks: readonly Risk[];
  year: number;
  user: User | null;
  notices: Notices;
}) {
  const [deciding, setDeciding] = useState<number | null>(null);
  /**
   * The kontrollpunkt form or question that is open: `${planId}-${pointId}`, `${planId}-new`,
   * or `${planId}-${pointId}-remove`.
   */
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfterRemoval = useFocusAfterRemoval(
    plans.flatMap((plan) => plan.controlPoints.map((p) => p.id)),
  );
  if (plans.length === 0) return <p className="empty">{strings.noPlans}</p>;
  const riskNumber = (id: number | null) => risks.find((r) => r.id === id)?.position;
  return plans.map((plan) => {
    const title =
      plan.unit === null ? strings.koncernPlan(year) : strings.unitPlan(plan.unit, year);
    const editable = plan.status === 'draft' && mayEditControlOf(user, plan.unit);
    const ofLevel = risks.filter((r) => r.unit === plan.unit);
    const place = `plan-${plan.id}`;
    const regionId = `plan-points-${plan.id}`;
    const toggle = (key: string) => {
      notices.clear();
      setEditing(editing === key ? null : key);
    };
    const pointForm = (key: string, point: ControlPoint | null) =>
      editing === key && (
        <ControlPointForm
          plan={plan}
          risks={ofLevel}
          stored={point}
          onDone={() => {
            setEditing(null);
            notices.say(place, strings.pointSaved);
          }}
        />
      );
    const removal = (point: ControlPoint) =>
      editing === `${plan.id}-${point.id}-remove` && (
        <RemovePoint
          point={point}
          onRemoved={() => {
            setEditing(null);
            notices.say(place, strings.pointRemoved(point.position));
            focusAfterRemoval(point.id, regionId, place);
          }}
          onCancel={() => setEditing(null)}
        />
      );
    // A unit's row of a common kontrollpunkt goes only with the common one.
    const removable = (point: ControlPoint) => plan.unit === null || point.commonId === null;
    return (
      <section key={plan.id} className="control-plan" aria-labelledby={`plan-${plan.id}`}>
        <h3 id={place} tabIndex={-1}>
          {title}
        </h3>
        <p className={`plan-status plan-status--${plan.status}`}>{planStatus(plan)}</p>
        <StatusMessage message={notices.at(place)} />
        {plan.status === 'draft' && mayEditControlOf(user, plan.unit) && (
          <>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={deciding === plan.id}
              onClick={() => {
                notices.clear();
                setDeciding(deciding === plan.id ? null : plan.id);
              }}
            >
              {strings.recordDecision}
              <span className="visually-hidden">: {title}</span>
            </button>
            {deciding === plan.id && (
              <PlanDecisionForm
                plan={plan}
                onDone={() => {
                  setDeciding(null);
                  notices.say(place, strings.decisionSaved);
                }}
              />
            )}
          </>
        )}
        <div
          id={regionId}
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={strings.planCaption(title)}
        >
          <table className="data-table data-table--wide">
            <caption className="visually-hidden">{strings.planCaption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">Nr</th>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">{strings.rowActions}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {plan.controlPoints.map((p) => {
                const fromRisk = riskNumber(p.riskId);
                return (
                  <tr key={p.id}>
                    <td>{p.position}</td>
                    <th scope="row">
                      {p.text}
                      <span className="control-plan__kind">
                        {plan.unit === null || p.commonId !== null ? strings.common : strings.own}
                        {fromRisk !== undefined && ` · ${strings.fromRisk(fromRisk)}`}
                      </span>
                    </th>
                    <td>{p.regulation}</td>
                    <td>{p.period}</td>
                    <td>{p.method}</td>
                    <td>{p.responsible}</td>
                    <td>{p.timeEstimate}</td>
                    <td>{dateOrDash(p.deadlineFollowUp)}</td>
                    <td>{dateOrDash(p.deadlineReport)}</td>
                    {editable && (
                      <td>
                        <span className="control-row-actions">
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-expanded={editing === `${plan.id}-${p.id}`}
                            onClick={() => toggle(`${plan.id}-${p.id}`)}
                          >
                            {strings.editPoint}
                            <span className="visually-hidden">: {p.text}</span>
                          </button>
                          {removable(p) && (
                            <button
                              type="button"
                              className="button button--secondary"
                              aria-expanded={editing === `${plan.id}-${p.id}-remove`}
                              onClick={() => toggle(`${plan.id}-${p.id}-remove`)}
                            >
                              {strings.remove}
                              <span className="visually-hidden">
                                {' '}
                                {strings.pointName(p.position, p.text)}
                              </span>
                            </button>
                          )}
                        </span>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {plan.controlPoints.map((p) => (
          <div key={p.id}>
            {pointForm(`${plan.id}-${p.id}`, p)}
            {removal(p)}
          </div>
        ))}
        {editable && (
          <>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={editing === `${plan.id}-new`}
              onClick={() => toggle(`${plan.id}-new`)}
            >
              {strings.newPoint}
              <span className="visually-hidden">: {title}</span>
            </button>
            {pointForm(`${plan.id}-new`, null)}
          </>
        )}
        {plan.history.length > 0 && (
          <details className="control-plan__history">
            <summary>{strings.historyHeading(plan.history.length)}</summary>
            {plan.history.map((entry, index) => (
              <div key={index}>
                <p>
                  {strings.historyEntry(
                    entry.status === 'draft' ? strings.proposal : strings.decidedWord,
                    formatDate(entry.date),
                    entry.source?.title ?? null,
                  )}
                </p>
                <ol>
                  {entry.controlPoints.map((p) => (
                    <li key={p.position} value={p.position}>
                      {p.text}
                    </li>
                  ))}
                </ol>
              </div>
            ))}
          </details>
        )}
      </section>
    );
  });
}

function RemovePoint({
  point,
  onRemoved,
  onCancel,
}: {
  point: ControlPoint;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  return (
    <RemoveControlItem
      name={strings.pointName(point.position, point.text)}
      question={strings.removePointQuestion}
      item={point}
      subject={strings.pointSubject}
      notRemoved={strings.pointNotRemoved}
      fields={POINT_FIELDS}
      conflictOf={conflictingPoint}
      remove={useRemoveControlPoint(point.id)}
      onRemoved={onRemoved}
      onCancel={onCancel}
    />
  );
}
