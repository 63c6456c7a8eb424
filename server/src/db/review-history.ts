import type { ReviewHistoryEntry, ReviewKind, User } from '@malbild/shared';
import type { Db } from './connection';
import { displayNameOf } from './people';

// The append-only history of the follow-up's workflow (review_history): every edit of an
// analysis or judgement, every step, every year closed or reopened.

export type ReviewHistoryKind = ReviewKind | 'year';

export interface ReviewStepRecord {
  kind: ReviewHistoryKind;
  subjectId: number;
  year: number;
  action: ReviewHistoryEntry['action'];
  fromState: ReviewHistoryEntry['fromState'];
  toState: ReviewHistoryEntry['toState'];
  comment?: string | null;
  /** What was saved, for an edit. */
  content?: object | null;
}

export function createReviewHistory(db: Db) {
  const insert = db.prepare(
    `INSERT INTO review_history (kind, subject_id, year, action, from_state, to_state, comment,
       content, changed_by)
     VALUES (:kind, :subjectId, :year, :action, :fromState, :toState, :comment, :content, :user)`,
  );
  const list = db.prepare<[string, number], ReviewHistoryEntry>(
    `SELECT action, from_state AS fromState, to_state AS toState, comment,
       ${displayNameOf('changed_by')} AS changedBy, changed_at AS changedAt
     FROM review_history WHERE kind = ? AND subject_id = ? ORDER BY id DESC`,
  );
  return {
    /** Appends a step; call it inside the write's transaction. */
    record: (step: ReviewStepRecord, user: User) => {
      insert.run({
        ...step,
        comment: step.comment ?? null,
        content: step.content ? JSON.stringify(step.content) : null,
        user: user.username,
      });
    },
    /** Newest first. */
    list: (kind: ReviewHistoryKind, subjectId: number) => list.all(kind, subjectId),
  };
}
export type ReviewHistory = ReturnType<typeof createReviewHistory>;
