import { httpErrors } from '@fastify/sensible';
import {
  riskScore,
  type ControlActionStatus,
  type ControlAssessment,
  type ControlFollowUp,
  type ControlPlan,
  type ControlPlanCreate,
  type ControlPoint,
  type ControlPointChange,
  type ControlPointInput,
  type ControlSummary,
  type ControlUnitReport,
  type Risk,
  type RiskFields,
  type SeedInternalControl,
  type User,
  type ControlFollowUpInputSchema,
} from '@malbild/shared';
import type { z } from 'zod';
import { expectVersion } from './conflict';
import type { Db } from './connection';
import { refuseField } from './field-error';
import { displayNameOf } from './people';

// Intern kontroll (docs/decisions/008): risk analyses, plans and follow-ups. Who may write is
// decided by the route before it calls a write here; each write is one IMMEDIATE transaction that
// checks the version it was based on (else ConflictError → 409) and appends to control_history.

export type FollowUpSave = z.output<typeof ControlFollowUpInputSchema>;
type Level = string | null;

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

interface RiskRow extends Omit<Risk, 'riskpoang' | 'controlPoint'> {
  controlPoint: number;
}
interface PlanRow {
  id: number;
  year: number;
  unit: string | null;
  status: ControlPlan['status'];
  date: string | null;
  decisionParagraph: string | null;
  version: number;
}
interface HistoryRow {
  planId: number;
  status: ControlPlan['status'];
  date: string;
  decisionParagraph: string | null;
  controlPoints: string;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceDate: string | null;
  recordedBy: string | null;
}
type FollowUpRow = Omit<ControlFollowUp, 'actions'> & { id: number };

const RISK_COLUMNS = `id, year, unit_code AS unit, position, text, process, regulation, period,
  method, sannolikhet, konsekvens, control_point AS controlPoint, version`;
const POINT_COLUMNS = `id, plan_id AS planId, position, text, regulation, period, method,
  responsible, time_estimate AS timeEstimate, deadline_follow_up AS deadlineFollowUp,
  deadline_report AS deadlineReport, common_id AS commonId, risk_id AS riskId, version`;
const FOLLOW_UP_COLUMNS = `f.id, f.control_point_id AS controlPointId, f.unit_code AS unit,
  f.checked, f.how, f.sample_size AS sampleSize, f.findings, f.assessment, f.version,
  ${displayNameOf('f.updated_by')} AS updatedBy, f.updated_at AS updatedAt`;

const toRisk = ({ controlPoint, ...row }: RiskRow): Risk => ({
  ...row,
  controlPoint: controlPoint === 1,
  riskpoang: riskScore(row.sannolikhet, row.konsekvens),
});

function prepare(db: Db) {
  return {
    risks: db.prepare<[number], RiskRow>(
      `SELECT ${RISK_COLUMNS} FROM control_risks WHERE year = ?
       ORDER BY unit_code IS NOT NULL, unit_code, position`,
    ),
    risk: db.prepare<[number], RiskRow>(`SELECT ${RISK_COLUMNS} FROM control_risks WHERE id = ?`),
    nextRiskPosition: db.prepare<{ year: number; unit: Level }, { position: number }>(
      `SELECT coalesce(max(position), 0) + 1 AS position FROM control_risks
       WHERE year = :year AND unit_code IS :unit`,
    ),
    insertRisk: db.prepare(
      `INSERT INTO control_risks (year, unit_code, position, text, process, regulation, period,
         method, sannolikhet, konsekvens, control_point, source_id)
       VALUES (:year, :unit, :position, :text, :process, :regulation, :period, :method,
         :sannolikhet, :konsekvens, :controlPoint, :sourceId)`,
    ),
    updateRisk: db.prepare(
      `UPDATE control_risks SET text = :text, process = :process, regulation = :regulation,
         period = :period, method = :method, sannolikhet = :sannolikhet, konsekvens = :konsekvens,
         control_point = :controlPoint, version = version + 1
       WHERE id = :id AND version = :version`,
    ),
    deleteRisk: db.prepare<[number]>('DELETE FROM control_risks WHERE id = ?'),
    /** The risks after a removed one move up a place: a risk analysis is numbered 1, 2, 3 … */
    closeRiskGap: db.prepare(
      `UPDATE control_risks SET position = position - 1
       WHERE year = :year AND unit_code IS :unit AND position > :position`,
    ),
    pointsFromRisk: db.prepare<[number], { position: number }>(
      'SELECT position FROM control_points WHERE risk_id = ? ORDER BY position',
    ),
    plans: db.prepare<[number], PlanRow>(
      `SELECT id, year, unit_code AS unit, status, date, decision_paragraph AS decisionParagraph,
         version FROM control_plans WHERE year = ? ORDER BY unit_code IS NOT NULL, unit_code`,
    ),
    plan: db.prepare<[number], PlanRow>(
      `SELECT id, year, unit_code AS unit, status, date, decision_paragraph AS decisionParagraph,
         version FROM control_plans WHERE id = ?`,
    ),
    insertPlan: db.prepare(
      `INSERT INTO control_plans (year, unit_code, status, date, decision_paragraph, source_id)
       VALUES (:year, :unit, :status, :date, :decisionParagraph, :sourceId)`,
    ),
    decidePlan: db.prepare(
      `UPDATE control_plans SET status = 'decided', date = :decidedOn,
         decision_paragraph = :decisionParagraph, version = version + 1
       WHERE id = :id AND version = :version`,
    ),
    points: db.prepare<[number], ControlPoint & { planId: number }>(
      `SELECT ${POINT_COLUMNS} FROM control_points
       WHERE plan_id IN (SELECT id FROM control_plans WHERE year = ?)
       ORDER BY plan_id, common_id IS NULL, position`,
    ),
    point: db.prepare<[number], ControlPoint & { planId: number }>(
      `SELECT ${POINT_COLUMNS} FROM control_points WHERE id = ?`,
    ),
    insertPoint: db.prepare(
      `INSERT INTO control_points (plan_id, position, text, regulation, period, method,
         responsible, time_estimate, deadline_follow_up, deadline_report, common_id, risk_id)
       VALUES (:planId, :position, :text, :regulation, :period, :method, :responsible,
         :timeEstimate, :deadlineFollowUp, :deadlineReport, :commonId, :riskId)`,
    ),
    nextPointPosition: db.prepare<[number], { position: number }>(
      `SELECT coalesce(max(position), 0) + 1 AS position FROM control_points WHERE plan_id = ?`,
    ),
    updatePoint: db.prepare(
      `UPDATE control_points SET text = :text, regulation = :regulation, period = :period,
         method = :method, responsible = :responsible, time_estimate = :timeEstimate,
         deadline_follow_up = :deadlineFollowUp, deadline_report = :deadlineReport,
         risk_id = :riskId, version = version + 1
       WHERE id = :id AND version = :version`,
    ),
    deletePoint: db.prepare<[number]>('DELETE FROM control_points WHERE id = ?'),
    /**
     * A plan's rows of one kind, in order: a unit's plan numbers the common kontrollpunkter and
     * its own ones each from 1, as VOO's bilagor 1 and 2 do; the kommunövergripande has one kind.
     */
    pointsOfKind: db.prepare<{ planId: number; commonId: number | null }, { id: number }>(
      `SELECT id FROM control_points
       WHERE plan_id = :planId AND (common_id IS NULL) = (:commonId IS NULL)
       ORDER BY position, id`,
    ),
    setPointPosition: db.prepare<{ id: number; position: number }>(
      'UPDATE control_points SET position = :position WHERE id = :id',
    ),
    /** The units' plans' rows of a common kontrollpunkt, with their plan's status. */
    unitRowsOf: db.prepare<
      [number],
      {
        id: number;
        planId: number;
        commonId: number;
        unit: string;
        status: PlanRow['status'];
      }
    >(
      `SELECT p.id, p.plan_id AS planId, p.common_id AS commonId, pl.unit_code AS unit, pl.status
       FROM control_points p JOIN control_plans pl ON pl.id = p.plan_id
       WHERE p.common_id = ? ORDER BY pl.unit_code`,
    ),
    followedUpBy: db
      .prepare<[number], string>(
        'SELECT unit_code FROM control_follow_ups WHERE control_point_id = ? ORDER BY unit_code',
      )
      .pluck(),
    planOf: db.prepare<{ year: number; unit: Level }, PlanRow>(
      `SELECT id, year, unit_code AS unit, status, date, decision_paragraph AS decisionParagraph,
         version FROM control_plans WHERE year = :year AND unit_code IS :unit`,
    ),
    unitPlans: db.prepare<[number], { id: number }>(
      `SELECT id FROM control_plans WHERE year = ? AND unit_code IS NOT NULL`,
    ),
    history: db.prepare<[number], HistoryRow>(
      `SELECT h.plan_id AS planId, h.status, h.date, h.decision_paragraph AS decisionParagraph,
         h.control_points AS controlPoints, s.id AS sourceId, s.title AS sourceTitle,
         s.date AS sourceDate, ${displayNameOf('h.recorded_by')} AS recordedBy
       FROM control_plan_history h LEFT JOIN source_documents s ON s.id = h.source_id
       WHERE h.plan_id IN (SELECT id FROM control_plans WHERE year = ?) ORDER BY h.id`,
    ),
    insertHistory: db.prepare(
      `INSERT INTO control_plan_history (plan_id, status, date, decision_paragraph,
         control_points, source_id, recorded_by)
       VALUES (:planId, :status, :date, :decisionParagraph, :controlPoints, :sourceId, :user)`,
    ),
    followUps: db.prepare<[number], FollowUpRow>(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM control_follow_ups f
       JOIN control_points p ON p.id = f.control_point_id
       JOIN control_plans pl ON pl.id = p.plan_id
       WHERE pl.year = ? ORDER BY f.unit_code, f.control_point_id`,
    ),
    followUp: db.prepare<[number, string], FollowUpRow>(
      `SELECT ${FOLLOW_UP_COLUMNS} FROM control_follow_ups f
       WHERE f.control_point_id = ? AND f.unit_code = ?`,
    ),
    actions: db.prepare<
      [number],
      {
        id: number;
        followUpId: number;
        text: string;
        owner: string;
        dueDate: string;
        status: ControlActionStatus;
      }
    >(
      `SELECT a.id, a.follow_up_id AS followUpId, a.text, a.owner, a.due_date AS dueDate, a.status
       FROM control_actions a JOIN control_follow_ups f ON f.id = a.follow_up_id
       JOIN control_points p ON p.id = f.control_point_id
       JOIN control_plans pl ON pl.id = p.plan_id
       WHERE pl.year = ? ORDER BY a.follow_up_id, a.position`,
    ),
    insertFollowUp: db.prepare(
      `INSERT INTO control_follow_ups (control_point_id, unit_code, checked, how, sample_size,
         findings, assessment, updated_by)
       VALUES (:controlPointId, :unit, :checked, :how, :sampleSize, :findings, :assessment, :user)`,
    ),
    updateFollowUp: db.prepare(
      `UPDATE control_follow_ups SET checked = :checked, how = :how, sample_size = :sampleSize,
         findings = :findings, assessment = :assessment, version = version + 1,
         updated_by = :user, updated_at = ${NOW}
       WHERE id = :id AND version = :version`,
    ),
    clearActions: db.prepare<[number]>('DELETE FROM control_actions WHERE follow_up_id = ?'),
    insertAction: db.prepare(
      `INSERT INTO control_actions (follow_up_id, position, text, owner, due_date, status)
       VALUES (:followUpId, :position, :text, :owner, :dueDate, :status)`,
    ),
    years: db.prepare<[], { year: number; published: number }>(
      `SELECT y.year, EXISTS (SELECT 1 FROM control_years c
         WHERE c.year = y.year AND c.published_at IS NOT NULL) AS published
       FROM (SELECT year FROM control_plans UNION SELECT year FROM control_risks) y
       ORDER BY y.year`,
    ),
    published: db.prepare<[number], { publishedAt: string | null }>(
      'SELECT published_at AS publishedAt FROM control_years WHERE year = ?',
    ),
    publish: db.prepare(
      `INSERT INTO control_years (year, published_at, published_by)
       VALUES (:year, CASE WHEN :published THEN ${NOW} END, :user)
       ON CONFLICT (year) DO UPDATE SET published_at = excluded.published_at,
         published_by = excluded.published_by`,
    ),
    record: db.prepare(
      `INSERT INTO control_history (subject, subject_key, action, old_state, new_state,
         changed_by, reason)
       VALUES (:subject, :key, :action, :oldState, :newState, :user, :reason)`,
    ),
  };
}

/** "VOO", "SOU och VOO": the units a refusal names. */
const names = (units: readonly string[]) => {
  const unique = [...new Set(units)];
  return unique.length > 1
    ? `${unique.slice(0, -1).join(', ')} och ${unique.at(-1)}`
    : unique.join('');
};
const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
const withoutPlan = ({ planId: _, ...point }: ControlPoint & { planId: number }): ControlPoint =>
  point;

export function createInternalControlQueries(db: Db) {
  const q = prepare(db);
  const record = (
    subject: 'risk' | 'plan' | 'follow_up' | 'year',
    key: string,
    action: string,
    oldState: unknown,
    newState: unknown,
    user: User,
    reason: string | null = null,
  ) =>
    q.record.run({
      subject,
      key,
      action,
      oldState: json(oldState),
      newState: json(newState),
      user: user.username,
      reason,
    });

  const risk = (id: number): Risk | null => {
    const row = q.risk.get(id);
    return row ? toRisk(row) : null;
  };

  /** The plan's rows of the removed one's kind numbered 1, 2, 3 … again, in their order. */
  const renumber = (removed: { planId: number; commonId: number | null }) =>
    q.pointsOfKind
      .all(removed)
      .forEach(({ id }, index) => q.setPointPosition.run({ id, position: index + 1 }));

  /** A plan that may still change: a decided plan is what the board or nämnd decided. */
  const draftPlan = (id: number): PlanRow => {
    const plan = q.plan.get(id);
    if (!plan) throw httpErrors.notFound(`Planen ${id} finns inte`);
    if (plan.status === 'decided') {
      throw httpErrors.badRequest('Planen är beslutad: dess kontrollpunkter ändras inte längre');
    }
    return plan;
  };
  /** The risk a kontrollpunkt comes from is one of its own year's and level's analysis. */
  const expectRiskOfLevel = (riskId: number | null, plan: PlanRow) => {
    if (riskId === null) return;
    const found = q.risk.get(riskId);
    if (found?.year !== plan.year || found.unit !== plan.unit) {
      refuseField('riskId', 'Välj en risk ur samma års riskanalys på samma nivå');
    }
  };

  function plans(year: number): ControlPlan[] {
    const points = q.points.all(year);
    const history = q.history.all(year);
    return q.plans.all(year).map((plan) => ({
      ...plan,
      controlPoints: points.filter((p) => p.planId === plan.id).map(withoutPlan),
      history: history
        .filter((h) => h.planId === plan.id)
        .map((h) => ({
          status: h.status,
          date: h.date,
          decisionParagraph: h.decisionParagraph,
          controlPoints: JSON.parse(
            h.controlPoints,
          ) as ControlPlan['history'][number]['controlPoints'],
          source:
            h.sourceId === null
              ? null
              : { id: h.sourceId, title: h.sourceTitle ?? '', date: h.sourceDate ?? '' },
          recordedBy: h.recordedBy,
        })),
    }));
  }

  function followUps(year: number): ControlFollowUp[] {
    const actions = q.actions.all(year);
    return q.followUps.all(year).map(({ id, ...row }) => ({
      ...row,
      actions: actions
        .filter((a) => a.followUpId === id)
        .map(({ followUpId: _, ...action }) => action),
    }));
  }

  const followUp = (controlPointId: number, unit: string): ControlFollowUp | null =>
    followUps(year(controlPointId)).find(
      (f) => f.controlPointId === controlPointId && f.unit === unit,
    ) ?? null;

  function year(controlPointId: number): number {
    const point = q.point.get(controlPointId);
    const plan = point && q.plan.get(point.planId);
    if (!plan) throw httpErrors.notFound(`Kontrollpunkt ${controlPointId} finns inte`);
    return plan.year;
  }

  /**
   * What a unit follows up in a year: the kommunövergripande plan's kontrollpunkter (common) and
   * its own plan's nämndspecifika ones; the rows of common ones in its own plan are the same
   * kontrollpunkter and are followed up once, against the common row.
   */
  function unitReport(yearValue: number, unit: string): ControlUnitReport {
    const all = plans(yearValue);
    const saved = followUps(yearValue).filter((f) => f.unit === unit);
    const common = all.find((p) => p.unit === null)?.controlPoints ?? [];
    const own =
      all.find((p) => p.unit === unit)?.controlPoints.filter((p) => p.commonId === null) ?? [];
    const row = (controlPoint: ControlPoint, isCommon: boolean) => ({
      controlPoint,
      common: isCommon,
      followUp: saved.find((f) => f.controlPointId === controlPoint.id) ?? null,
    });
    return {
      year: yearValue,
      unit,
      rows: [...common.map((p) => row(p, true)), ...own.map((p) => row(p, false))],
    };
  }

  /** Per common kontrollpunkt: how many units assessed it how, which have not, open åtgärder. */
  function summary(yearValue: number, unitCodes: readonly string[]): ControlSummary {
    const common = plans(yearValue).find((p) => p.unit === null)?.controlPoints ?? [];
    const saved = followUps(yearValue);
    return {
      year: yearValue,
      rows: common.map((controlPoint) => {
        const of = saved.filter((f) => f.controlPointId === controlPoint.id);
        const counts: Record<ControlAssessment, number> = {
          no_remarks: 0,
          deficiencies: 0,
          serious_deficiencies: 0,
        };
        for (const f of of) counts[f.assessment] += 1;
        return {
          controlPoint,
          counts,
          missing: unitCodes.filter((code) => !of.some((f) => f.unit === code)),
          openActions: of.flatMap((f) => f.actions).filter((a) => a.status !== 'done').length,
        };
      }),
    };
  }

  return {
    risks: (yearValue: number): Risk[] => q.risks.all(yearValue).map(toRisk),
    risk,
    plans,
    plan: (id: number) => {
      const row = q.plan.get(id);
      return row ? (plans(row.year).find((p) => p.id === id) ?? null) : null;
    },
    controlPoint: (id: number) => {
      const row = q.point.get(id);
      const plan = row && q.plan.get(row.planId);
      return row && plan ? { ...withoutPlan(row), year: plan.year, unit: plan.unit } : null;
    },
    followUps,
    followUp,
    unitReport,
    summary,
    /** The years that have a plan or a risk analysis, and whether each is published. */
    years: () => q.years.all().map((y) => ({ year: y.year, published: y.published === 1 })),
    isPublished: (yearValue: number) => !!q.published.get(yearValue)?.publishedAt,

    createRisk: (fields: RiskFields & { year: number; unit: Level }, user: User): Risk =>
      db
        .transaction(() => {
          const { position } = q.nextRiskPosition.get(fields)!;
          const id = Number(
            q.insertRisk.run({
              ...fields,
              position,
              controlPoint: Number(fields.controlPoint),
              sourceId: null,
            }).lastInsertRowid,
          );
          const created = risk(id)!;
          record('risk', String(id), 'created', null, created, user);
          return created;
        })
        .immediate(),

    changeRisk: (id: number, fields: RiskFields & { version: number }, user: User): Risk =>
      db
        .transaction(() => {
          const before = risk(id);
          if (!before) throw httpErrors.notFound(`Risk ${id} finns inte`);
          expectVersion('risk', before, fields.version);
          q.updateRisk.run({ ...fields, id, controlPoint: Number(fields.controlPoint) });
          const after = risk(id)!;
          record('risk', String(id), 'changed', before, after, user);
          return after;
        })
        .immediate(),

    /**
     * A new year's plan as a draft. A unit's plan starts with the year's common kontrollpunkter
     * (rows naming them), which the unit then adapts (responsible function, dates) as VOO's did.
     */
    createPlan: (input: ControlPlanCreate, user: User): ControlPlan =>
      db
        .transaction(() => {
          if (q.planOf.get(input)) {
            refuseField(
              'unit',
              input.unit === null
                ? `Det finns redan en kommunövergripande plan för ${input.year}`
                : `${input.unit} har redan en plan för ${input.year}`,
            );
          }
          const id = Number(
            q.insertPlan.run({
              ...input,
              status: 'draft',
              date: null,
              decisionParagraph: null,
              sourceId: null,
            }).lastInsertRowid,
          );
          const common = input.unit === null ? undefined : q.planOf.get({ ...input, unit: null });
          const commonPoints = common
            ? q.points.all(input.year).filter((p) => p.planId === common.id)
            : [];
          commonPoints.forEach((point, index) =>
            q.insertPoint.run({
              ...point,
              planId: id,
              position: index + 1,
              commonId: point.id,
              riskId: null,
            }),
          );
          const created = plans(input.year).find((p) => p.id === id)!;
          record('plan', String(id), 'created', null, created, user);
          return created;
        })
        .immediate(),

    /** A kontrollpunkt last in a draft plan; a common one also goes into every unit's plan. */
    addControlPoint: (planId: number, input: ControlPointInput, user: User): ControlPoint =>
      db
        .transaction(() => {
          const plan = draftPlan(planId);
          expectRiskOfLevel(input.riskId, plan);
          const add = (toPlan: number, commonId: number | null, riskId: number | null) =>
            Number(
              q.insertPoint.run({
                ...input,
                planId: toPlan,
                position: q.nextPointPosition.get(toPlan)!.position,
                commonId,
                riskId,
              }).lastInsertRowid,
            );
          const id = add(planId, null, input.riskId);
          if (plan.unit === null) {
            for (const unitPlan of q.unitPlans.all(plan.year)) add(unitPlan.id, id, null);
          }
          const created = withoutPlan(q.point.get(id)!);
          record('plan', String(planId), 'changed', null, { controlPoint: created }, user);
          return created;
        })
        .immediate(),

    changeControlPoint: (id: number, change: ControlPointChange, user: User): ControlPoint =>
      db
        .transaction(() => {
          const row = q.point.get(id);
          if (!row) throw httpErrors.notFound(`Kontrollpunkt ${id} finns inte`);
          const plan = draftPlan(row.planId);
          const before = withoutPlan(row);
          expectVersion('controlPoint', before, change.version);
          expectRiskOfLevel(change.riskId, plan);
          q.updatePoint.run({ ...change, id });
          const after = withoutPlan(q.point.get(id)!);
          record(
            'plan',
            String(row.planId),
            'changed',
            { controlPoint: before },
            { controlPoint: after },
            user,
          );
          return after;
        })
        .immediate(),

    /**
     * A kontrollpunkt out of a draft plan, at its version; the history keeps it with the reason.
     * A common one leaves every unit's plan with it; a unit's row of a common one only goes with
     * it. Refused (400) once anything is recorded for it: a unit's follow-up, or a unit plan that
     * was decided with it.
     */
    removeControlPoint: (id: number, version: number, user: User, reason: string | null) =>
      db
        .transaction(() => {
          const row = q.point.get(id);
          if (!row) throw httpErrors.notFound(`Kontrollpunkt ${id} finns inte`);
          const plan = draftPlan(row.planId);
          const before = withoutPlan(row);
          expectVersion('controlPoint', before, version);
          if (row.commonId !== null) {
            throw httpErrors.badRequest(
              'Kommungemensamma kontrollpunkter ingår i varje nämnds och bolags plan: de tas bort ur den kommunövergripande planen',
            );
          }
          const unitRows = plan.unit === null ? q.unitRowsOf.all(id) : [];
          const decidedWith = unitRows.filter((r) => r.status === 'decided').map((r) => r.unit);
          if (decidedWith.length > 0) {
            throw httpErrors.badRequest(
              `${names(decidedWith)} har beslutat sin plan med kontrollpunkten: den kan inte tas bort`,
            );
          }
          const followedUp = [id, ...unitRows.map((r) => r.id)].flatMap((pointId) =>
            q.followedUpBy.all(pointId),
          );
          if (followedUp.length > 0) {
            throw httpErrors.badRequest(
              `${names(followedUp)} har följt upp kontrollpunkten: den kan inte tas bort`,
            );
          }
          for (const removed of [...unitRows, row]) {
            q.deletePoint.run(removed.id);
            renumber(removed);
          }
          record(
            'plan',
            String(row.planId),
            'removed',
            { controlPoint: before },
            null,
            user,
            reason,
          );
        })
        .immediate(),

    /**
     * A risk out of its analysis, at its version; the history keeps it with the reason. Refused
     * (400) while a kontrollpunkt comes from it (its link is recorded: change the kontrollpunkt
     * first) and once the level's plan is decided (the analysis is the decision's basis).
     */
    removeRisk: (id: number, version: number, user: User, reason: string | null) =>
      db
        .transaction(() => {
          const before = risk(id);
          if (!before) throw httpErrors.notFound(`Risk ${id} finns inte`);
          expectVersion('risk', before, version);
          if (q.planOf.get(before)?.status === 'decided') {
            throw httpErrors.badRequest(
              'Riskanalysen är underlag för en beslutad plan: dess risker tas inte bort',
            );
          }
          const points = q.pointsFromRisk.all(id).map((p) => p.position);
          if (points.length > 0) {
            throw httpErrors.badRequest(
              `Kontrollpunkt ${names(points.map(String))} i planen kommer från risken: ta bort kopplingen där först`,
            );
          }
          q.deleteRisk.run(id);
          q.closeRiskGap.run(before);
          record('risk', String(id), 'removed', before, null, user, reason);
        })
        .immediate(),

    /** draft → decided; the draft as it was is kept in the plan's history. */
    decidePlan: (
      id: number,
      decision: { decidedOn: string; decisionParagraph: string; version: number },
      user: User,
    ): ControlPlan =>
      db
        .transaction(() => {
          const row = q.plan.get(id);
          if (!row) throw httpErrors.notFound(`Planen ${id} finns inte`);
          const before = plans(row.year).find((p) => p.id === id)!;
          expectVersion('controlPlan', before, decision.version);
          if (before.status === 'decided') throw httpErrors.badRequest('Planen är redan beslutad');
          q.insertHistory.run({
            planId: id,
            status: before.status,
            date: before.date ?? decision.decidedOn,
            decisionParagraph: before.decisionParagraph,
            controlPoints: JSON.stringify(
              before.controlPoints.map(
                ({ id: _, commonId: __, riskId: ___, version: ____, ...p }) => p,
              ),
            ),
            sourceId: null,
            user: user.username,
          });
          q.decidePlan.run({ id, ...decision });
          const after = plans(row.year).find((p) => p.id === id)!;
          record('plan', String(id), 'decided', before, after, user);
          return after;
        })
        .immediate(),

    saveFollowUp: (
      controlPointId: number,
      unit: string,
      input: FollowUpSave,
      user: User,
    ): ControlFollowUp =>
      db
        .transaction(() => {
          const before = followUp(controlPointId, unit);
          expectVersion('controlFollowUp', before, input.version);
          const fields = { ...input, controlPointId, unit, user: user.username };
          let id: number;
          if (before) {
            id = q.followUp.get(controlPointId, unit)!.id;
            q.updateFollowUp.run({ ...fields, id });
            q.clearActions.run(id);
          } else {
            id = Number(q.insertFollowUp.run(fields).lastInsertRowid);
          }
          input.actions.forEach((action, index) => {
            q.insertAction.run({ ...action, followUpId: id, position: index + 1 });
          });
          const after = followUp(controlPointId, unit)!;
          record(
            'follow_up',
            `${controlPointId}/${unit}`,
            before ? 'changed' : 'created',
            before,
            after,
            user,
          );
          return after;
        })
        .immediate(),

    setPublished: (yearValue: number, published: boolean, user: User) =>
      db
        .transaction(() => {
          const was = !!q.published.get(yearValue)?.publishedAt;
          q.publish.run({ year: yearValue, published: Number(published), user: user.username });
          if (was !== published) {
            record(
              'year',
              String(yearValue),
              published ? 'published' : 'unpublished',
              { published: was },
              { published },
              user,
            );
          }
          return { year: yearValue, published };
        })
        .immediate(),
  };
}
export type InternalControlQueries = ReturnType<typeof createInternalControlQueries>;

/** Inserts the seed's risk analyses and plans (inside the seed import's transaction). */
export function insertInternalControlSeed(db: Db, seed: SeedInternalControl): void {
  const q = prepare(db);
  const riskIds = new Map<string, number>();
  const levelKey = (year: number, unit: Level, position: number) =>
    `${year}/${unit ?? ''}/${position}`;
  for (const risk of seed.risks) {
    const id = q.insertRisk.run({
      ...risk,
      controlPoint: Number(risk.controlPoint),
      sourceId: risk.source.id,
    }).lastInsertRowid;
    riskIds.set(levelKey(risk.year, risk.unit, risk.position), Number(id));
  }
  const commonIds = new Map<string, number>();
  // The kommunövergripande plans first: the units' plans name their common kontrollpunkter.
  const ordered = [...seed.plans].sort((a, b) => Number(a.unit !== null) - Number(b.unit !== null));
  for (const plan of ordered) {
    const planId = Number(q.insertPlan.run({ ...plan, sourceId: plan.source.id }).lastInsertRowid);
    for (const entry of plan.history) {
      q.insertHistory.run({
        planId,
        ...entry,
        controlPoints: JSON.stringify(
          entry.controlPoints.map(({ common: _, risk: __, ...p }) => p),
        ),
        sourceId: entry.source.id,
        user: null,
      });
    }
    for (const point of plan.controlPoints) {
      const commonId = point.common === null ? null : commonIds.get(`${plan.year}/${point.common}`);
      if (commonId === undefined)
        throw new Error(`Plan ${plan.year} ${plan.unit ?? ''}: okänd kommungemensam punkt`);
      const riskId =
        point.risk === null ? null : riskIds.get(levelKey(plan.year, plan.unit, point.risk));
      if (riskId === undefined) throw new Error(`Kontrollpunkt ${point.position}: okänd risk`);
      const id = Number(q.insertPoint.run({ ...point, planId, commonId, riskId }).lastInsertRowid);
      if (plan.unit === null) commonIds.set(`${plan.year}/${point.position}`, id);
    }
  }
}
