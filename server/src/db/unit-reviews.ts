import {
  reviewStep,
  stateAfterEdit,
  type ReviewState,
  type TransitionInput,
  type UnitReview,
  type User,
} from '@malbild/shared';
import { ConflictError, isStale } from './conflict';
import type { Db } from './connection';
import type { FollowUpLocks } from './follow-up-locks';
import { displayNameOf } from './people';
import { createActivityPublishing, type ActivityPublishing } from './published-activities';
import type { ReviewHistory } from './review-history';
import { frozenMessage, refusedStep } from './analyses';

// A unit's plan för målaktiviteter (kind plan) and its follow-up (kind follow_up) of a year,
// under the review workflow. Publishing one copies it to what the public reads
// (published-activities.ts, decision 019); a plan without a row has never been through the
// workflow and is a draft. Editing an activity moves its units' plans back to draft (the public
// keeps reading the plan as published meanwhile); while submitted or approved, the plan cannot
// be edited.

export type UnitReviewKind = UnitReview['kind'];
const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

type ReviewRow = UnitReview & { periodId: number };

export interface UnitReviewSubject {
  periodId: number;
  unit: string;
  year: number;
  kind: UnitReviewKind;
}

const KIND_NAMES = { plan: 'Planen', follow_up: 'Uppföljningen' } as const;

export function createUnitReviews(
  db: Db,
  locks: FollowUpLocks,
  history: ReviewHistory,
  publishing: ActivityPublishing,
) {
  const SELECT = `SELECT r.id, r.kind, r.unit_code AS unit, r.year, r.state, r.version,
      r.updated_at AS updatedAt, ${displayNameOf('r.updated_by')} AS updatedBy,
      r.period_id AS periodId
    FROM unit_reviews r`;
  const sql = {
    list: db.prepare<{ periodId: number; year: number | null }, ReviewRow>(
      `${SELECT} WHERE r.period_id = :periodId AND (:year IS NULL OR r.year = :year)
       ORDER BY r.year, r.unit_code, r.kind`,
    ),
    get: db.prepare<UnitReviewSubject, ReviewRow>(
      `${SELECT} WHERE r.period_id = :periodId AND r.unit_code = :unit AND r.year = :year
         AND r.kind = :kind`,
    ),
    insert: db.prepare(
      `INSERT INTO unit_reviews (period_id, unit_code, year, kind, state, updated_by)
       VALUES (:periodId, :unit, :year, :kind, :state, :user)`,
    ),
    update: db.prepare(
      `UPDATE unit_reviews SET state = :state, version = version + 1, updated_by = :user,
         updated_at = ${NOW},
         published_at = CASE WHEN :publish THEN ${NOW} ELSE published_at END
       WHERE id = :id`,
    ),
    ofActivity: db.prepare<[number], { periodId: number; year: number; unit: string }>(
      `SELECT m.period_id AS periodId, a.year, au.unit_code AS unit
       FROM activities a JOIN measures m ON m.id = a.measure_id
       JOIN activity_units au ON au.activity_id = a.id WHERE a.id = ?`,
    ),
  };
  const toReview = ({ periodId: _periodId, ...review }: ReviewRow): UnitReview => review;

  /** Writes the state (a row for a plan that had none), and its step in the history. */
  function write(
    subject: UnitReviewSubject,
    stored: ReviewRow | undefined,
    to: ReviewState,
    step: { action: 'edit' | TransitionInput['action']; comment: string | null },
    user: User,
  ): number {
    const publish = step.action === 'publish' ? 1 : 0;
    let id: number;
    if (stored) {
      id = stored.id;
      sql.update.run({ id, state: to, publish, user: user.username });
    } else {
      id = Number(sql.insert.run({ ...subject, state: to, user: user.username }).lastInsertRowid);
      if (publish) sql.update.run({ id, state: to, publish, user: user.username });
    }
    history.record(
      {
        kind: subject.kind,
        subjectId: id,
        year: subject.year,
        action: step.action,
        fromState: stored?.state ?? null,
        toState: to,
        comment: step.comment,
      },
      user,
    );
    return id;
  }

  const step = db.transaction((subject: UnitReviewSubject, input: TransitionInput, user: User) => {
    locks.expectOpen(subject.periodId, subject.year);
    const stored = sql.get.get(subject);
    if (isStale(stored ?? null, input.version)) {
      throw new ConflictError('unitReview', stored ? toReview(stored) : null);
    }
    const result = reviewStep(stored?.state ?? 'draft', input.action, input.comment);
    if (!result.ok) throw refusedStep('unitReview', stored ? toReview(stored) : null, result);
    write(subject, stored, result.to, { action: input.action, comment: input.comment }, user);
    if (input.action === 'publish') publishing.publish(subject);
    return toReview(sql.get.get(subject)!);
  });

  return {
    list: (periodId: number, year: number | null) => sql.list.all({ periodId, year }).map(toReview),
    get: (subject: UnitReviewSubject) => {
      const row = sql.get.get(subject);
      return row && toReview(row);
    },
    step: (subject: UnitReviewSubject, input: TransitionInput, user: User) =>
      step.immediate(subject, input, user),
    /**
     * An activity's plan (or follow-up) is being changed: each of its units' review of the year
     * goes back to draft, or the change is refused while it is under review. Runs inside the
     * activity write's transaction, before the write (the units it had) and after (the units it
     * has).
     */
    edited: (
      activityId: number,
      kind: UnitReviewKind,
      user: User,
      current: () => unknown,
    ): void => {
      for (const { periodId, year, unit } of sql.ofActivity.all(activityId)) {
        const subject = { periodId, unit, year, kind };
        if (kind === 'follow_up') locks.expectOpen(periodId, year);
        const stored = sql.get.get(subject);
        const to = stateAfterEdit(stored?.state ?? null);
        if (!to) {
          const what = `${KIND_NAMES[kind]} för ${unit} ${year}`;
          throw new ConflictError('activity', current(), frozenMessage(what));
        }
        if (stored?.state !== to)
          write(subject, stored, to, { action: 'edit', comment: null }, user);
      }
    },
  };
}
export type UnitReviews = ReturnType<typeof createUnitReviews>;

/**
 * Marks every unit's plan and follow-up that exists as published, with their content: the
 * documents' plans and the follow-ups they report were public before the workflow (the seed;
 * migrations 017 and 020 did the same for existing databases).
 */
export function publishExistingPlans(db: Db): void {
  db.prepare(
    `INSERT OR IGNORE INTO unit_reviews (period_id, unit_code, year, kind, state, published_at)
     SELECT DISTINCT m.period_id, au.unit_code, a.year, kinds.kind, 'published', ${NOW}
     FROM activities a
     JOIN measures m ON m.id = a.measure_id
     JOIN activity_units au ON au.activity_id = a.id
     CROSS JOIN (SELECT 'plan' AS kind UNION ALL SELECT 'follow_up') kinds
     WHERE a.deleted_at IS NULL`,
  ).run();
  const publishing = createActivityPublishing(db);
  const published = db
    .prepare<[], UnitReviewSubject>(
      `SELECT period_id AS periodId, unit_code AS unit, year, kind FROM unit_reviews
       WHERE state = 'published'`,
    )
    .all();
  for (const subject of published) publishing.publish(subject);
}
