import { httpErrors } from '@fastify/sensible';
import {
  reviewStep,
  richTextBlocks,
  stateAfterEdit,
  type Analysis,
  type Judgement,
  type JudgementLevel,
  type JudgementSubject,
  type Occasion,
  type ReviewState,
  type RichBlock,
  type TransitionInput,
  type User,
} from '@malbild/shared';
import { ConflictError, isStale, type ConflictSubject } from './conflict';
import type { Db } from './connection';
import { createFollowUpLocks, type FollowUpLocks } from './follow-up-locks';
import { displayNameOf } from './people';
import { createReviewHistory, type ReviewHistory } from './review-history';

// Analyses ("Analys och kommentar") per measure, year and occasion, and judgements
// (helhetsbedömning) per goal or area and year, under the review workflow (shared/src/review.ts).
// The working copy is what authors and reviewers see; publishing copies it to the published
// columns, which are all the public ever reads. Each write is one IMMEDIATE transaction that
// checks the year is open and the version current, writes, and appends to review_history.

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

interface AnalysisRow {
  id: number;
  measureNumber: number;
  responsibleUnit: string | null;
  periodId: number;
  year: number;
  occasion: Occasion;
  text: string;
  state: ReviewState;
  publishedText: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

interface JudgementRow {
  id: number;
  subject: JudgementSubject;
  subjectId: number;
  periodId: number;
  year: number;
  level: JudgementLevel;
  reason: string;
  state: ReviewState;
  publishedLevel: JudgementLevel | null;
  publishedReason: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/** An analysis with who may write it (its measure's responsible unit) and its period. */
export type StoredAnalysis = Analysis & { responsibleUnit: string | null; periodId: number };
export type StoredJudgement = Judgement & { periodId: number };

const toAnalysis = (row: AnalysisRow): StoredAnalysis => ({
  id: row.id,
  measureNumber: row.measureNumber,
  responsibleUnit: row.responsibleUnit,
  periodId: row.periodId,
  year: row.year,
  occasion: row.occasion,
  published:
    row.publishedText === null || row.publishedAt === null
      ? null
      : { text: row.publishedText, publishedAt: row.publishedAt, publishedBy: row.publishedBy },
  draft: {
    text: row.text,
    state: row.state,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  },
});

const toJudgement = (row: JudgementRow): StoredJudgement => ({
  id: row.id,
  subject: row.subject,
  subjectId: row.subjectId,
  periodId: row.periodId,
  year: row.year,
  published:
    row.publishedLevel === null || row.publishedAt === null
      ? null
      : {
          level: row.publishedLevel,
          reason: row.publishedReason ?? '',
          publishedAt: row.publishedAt,
          publishedBy: row.publishedBy,
        },
  draft: {
    level: row.level,
    reason: row.reason,
    state: row.state,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  },
});

const ANALYSIS_SELECT = `
  SELECT a.id, m.number AS measureNumber, m.responsible_unit AS responsibleUnit,
    m.period_id AS periodId, a.year, a.occasion, a.text, a.state, a.published_text AS publishedText,
    a.published_at AS publishedAt, ${displayNameOf('a.published_by')} AS publishedBy, a.version,
    a.updated_at AS updatedAt, ${displayNameOf('a.updated_by')} AS updatedBy
  FROM analyses a JOIN measures m ON m.id = a.measure_id`;

const JUDGEMENT_PERIOD = `coalesce(
  (SELECT ar.period_id FROM goals g JOIN areas ar ON ar.id = g.area_id WHERE g.id = j.goal_id),
  (SELECT ar.period_id FROM areas ar WHERE ar.id = j.area_id))`;
const JUDGEMENT_SELECT = `
  SELECT j.id, CASE WHEN j.goal_id IS NULL THEN 'area' ELSE 'goal' END AS subject,
    coalesce(j.goal_id, j.area_id) AS subjectId, ${JUDGEMENT_PERIOD} AS periodId, j.year, j.level,
    j.reason, j.state, j.published_level AS publishedLevel, j.published_reason AS publishedReason,
    j.published_at AS publishedAt, ${displayNameOf('j.published_by')} AS publishedBy, j.version,
    j.updated_at AS updatedAt, ${displayNameOf('j.updated_by')} AS updatedBy
  FROM judgements j`;

function prepareStatements(db: Db) {
  return {
    analyses: db.prepare<{ periodId: number; year: number | null }, AnalysisRow>(
      `${ANALYSIS_SELECT} WHERE m.period_id = :periodId AND (:year IS NULL OR a.year = :year)
       ORDER BY a.year, m.number, a.occasion`,
    ),
    analysisById: db.prepare<[number], AnalysisRow>(`${ANALYSIS_SELECT} WHERE a.id = ?`),
    analysisAt: db.prepare<[number, number, number, string], AnalysisRow>(
      `${ANALYSIS_SELECT} WHERE m.period_id = ? AND m.number = ? AND a.year = ? AND a.occasion = ?`,
    ),
    measureId: db.prepare<[number, number], number>(
      'SELECT id FROM measures WHERE period_id = ? AND number = ?',
    ),
    insertAnalysis: db.prepare(
      `INSERT INTO analyses (measure_id, year, occasion, text, state, updated_by)
       VALUES (:measureId, :year, :occasion, :text, :state, :user)`,
    ),
    updateAnalysis: db.prepare(
      `UPDATE analyses SET text = :text, state = :state, version = version + 1,
         updated_by = :user, updated_at = ${NOW}
       WHERE id = :id AND version = :version`,
    ),
    stepAnalysis: db.prepare(
      `UPDATE analyses SET state = :state, version = version + 1, updated_by = :user,
         updated_at = ${NOW},
         published_text = CASE WHEN :publish THEN text ELSE published_text END,
         published_at = CASE WHEN :publish THEN ${NOW} ELSE published_at END,
         published_by = CASE WHEN :publish THEN :user ELSE published_by END
       WHERE id = :id AND version = :version`,
    ),
    judgements: db.prepare<{ periodId: number; year: number | null }, JudgementRow>(
      `${JUDGEMENT_SELECT} WHERE ${JUDGEMENT_PERIOD} = :periodId AND (:year IS NULL OR j.year = :year)
       ORDER BY j.year, j.area_id IS NULL, coalesce(j.area_id, 0), coalesce(j.goal_id, 0)`,
    ),
    judgementById: db.prepare<[number], JudgementRow>(`${JUDGEMENT_SELECT} WHERE j.id = ?`),
    judgementAt: db.prepare<
      { goalId: number | null; areaId: number | null; year: number },
      JudgementRow
    >(`${JUDGEMENT_SELECT} WHERE j.year = :year AND (j.goal_id = :goalId OR j.area_id = :areaId)`),
    insertJudgement: db.prepare(
      `INSERT INTO judgements (goal_id, area_id, year, level, reason, state, updated_by)
       VALUES (:goalId, :areaId, :year, :level, :reason, :state, :user)`,
    ),
    updateJudgement: db.prepare(
      `UPDATE judgements SET level = :level, reason = :reason, state = :state,
         version = version + 1, updated_by = :user, updated_at = ${NOW}
       WHERE id = :id AND version = :version`,
    ),
    stepJudgement: db.prepare(
      `UPDATE judgements SET state = :state, version = version + 1, updated_by = :user,
         updated_at = ${NOW},
         published_level = CASE WHEN :publish THEN level ELSE published_level END,
         published_reason = CASE WHEN :publish THEN reason ELSE published_reason END,
         published_at = CASE WHEN :publish THEN ${NOW} ELSE published_at END,
         published_by = CASE WHEN :publish THEN :user ELSE published_by END
       WHERE id = :id AND version = :version`,
    ),
  };
}

/** Why content under review cannot change: the reviewer sends it back first. */
export const frozenMessage = (what: string) =>
  `${what} är under granskning och kan inte ändras nu. En controller kan skicka tillbaka den.`;

/** The 400-like refusal of a step that does not fit the state, in Swedish. */
export function refusedStep(
  subject: ConflictSubject,
  current: unknown,
  result: { ok: false; reason: 'wrong_state' | 'comment_missing' },
) {
  return result.reason === 'comment_missing'
    ? httpErrors.badRequest('Skriv varför det skickas tillbaka.')
    : new ConflictError(subject, current, 'Steget går inte att ta i det läge den har nu.');
}

/** 409 with the row as the API gives it, unless the stored row is at the version edited. */
function expectCurrent(
  subject: 'analysis' | 'judgement',
  stored: { version: number } | undefined,
  current: unknown,
  version: number,
): void {
  if (isStale(stored ?? null, version)) throw new ConflictError(subject, current ?? null);
}

export interface AnalysisKey {
  periodId: number;
  measureNumber: number;
  year: number;
  occasion: Occasion;
}
export interface JudgementKey {
  periodId: number;
  subject: JudgementSubject;
  subjectId: number;
  year: number;
}

/** What the public may read of one year: the published analyses and judgements (the report's). */
export interface PublishedFollowUp {
  analyses: {
    measureNumber: number;
    occasion: Occasion;
    text: string;
    /** The text as paragraphs, lists and safe links (shared/src/rich-text.ts). */
    blocks: RichBlock[];
    publishedAt: string;
  }[];
  judgements: {
    subject: JudgementSubject;
    subjectId: number;
    level: JudgementLevel;
    reason: string;
    publishedAt: string;
  }[];
}

export function createAnalysisQueries(db: Db, locks: FollowUpLocks, history: ReviewHistory) {
  const sql = prepareStatements(db);
  const analysisAt = (key: AnalysisKey) =>
    sql.analysisAt.get(key.periodId, key.measureNumber, key.year, key.occasion);
  const judgementAt = (key: JudgementKey) =>
    sql.judgementAt.get({
      goalId: key.subject === 'goal' ? key.subjectId : null,
      areaId: key.subject === 'area' ? key.subjectId : null,
      year: key.year,
    });

  const saveAnalysis = db.transaction(
    (key: AnalysisKey, input: { text: string; version: number }, user: User) => {
      locks.expectOpen(key.periodId, key.year);
      const stored = analysisAt(key);
      expectCurrent('analysis', stored, stored && toAnalysis(stored), input.version);
      const state = stateAfterEdit(stored?.state ?? null);
      if (!state)
        throw new ConflictError('analysis', toAnalysis(stored!), frozenMessage('Analysen'));
      if (stored && stored.text === input.text && stored.state === state) return toAnalysis(stored);
      const params = { text: input.text, state, user: user.username };
      const id = stored
        ? (sql.updateAnalysis.run({ ...params, id: stored.id, version: input.version }), stored.id)
        : Number(
            sql.insertAnalysis.run({
              ...params,
              measureId: sql.measureId.pluck().get(key.periodId, key.measureNumber),
              year: key.year,
              occasion: key.occasion,
            }).lastInsertRowid,
          );
      history.record(
        {
          kind: 'analysis',
          subjectId: id,
          year: key.year,
          action: 'edit',
          fromState: stored?.state ?? null,
          toState: state,
          content: { text: input.text },
        },
        user,
      );
      return toAnalysis(sql.analysisById.get(id)!);
    },
  );

  const saveJudgement = db.transaction(
    (
      key: JudgementKey,
      input: { level: JudgementLevel; reason: string; version: number },
      user: User,
    ) => {
      locks.expectOpen(key.periodId, key.year);
      const stored = judgementAt(key);
      expectCurrent('judgement', stored, stored && toJudgement(stored), input.version);
      const state = stateAfterEdit(stored?.state ?? null);
      if (!state) {
        throw new ConflictError('judgement', toJudgement(stored!), frozenMessage('Bedömningen'));
      }
      const unchanged =
        stored?.level === input.level && stored.reason === input.reason && stored.state === state;
      if (stored && unchanged) return toJudgement(stored);
      const params = { level: input.level, reason: input.reason, state, user: user.username };
      const id = stored
        ? (sql.updateJudgement.run({ ...params, id: stored.id, version: input.version }), stored.id)
        : Number(
            sql.insertJudgement.run({
              ...params,
              goalId: key.subject === 'goal' ? key.subjectId : null,
              areaId: key.subject === 'area' ? key.subjectId : null,
              year: key.year,
            }).lastInsertRowid,
          );
      history.record(
        {
          kind: 'judgement',
          subjectId: id,
          year: key.year,
          action: 'edit',
          fromState: stored?.state ?? null,
          toState: state,
          content: { level: input.level, reason: input.reason },
        },
        user,
      );
      return toJudgement(sql.judgementById.get(id)!);
    },
  );

  /** A step of the workflow on a stored analysis or judgement; the route has checked who. */
  function step(
    kind: 'analysis' | 'judgement',
    row: { id: number; periodId: number; year: number; state: ReviewState; version: number },
    /** The row as the API gives it, for the 409. */
    current: StoredAnalysis | StoredJudgement,
    input: TransitionInput,
    user: User,
  ) {
    locks.expectOpen(row.periodId, row.year);
    expectCurrent(kind, row, current, input.version);
    const result = reviewStep(row.state, input.action, input.comment);
    if (!result.ok) throw refusedStep(kind, current, result);
    const statement = kind === 'analysis' ? sql.stepAnalysis : sql.stepJudgement;
    statement.run({
      id: row.id,
      version: input.version,
      state: result.to,
      publish: input.action === 'publish' ? 1 : 0,
      user: user.username,
    });
    history.record(
      {
        kind,
        subjectId: row.id,
        year: row.year,
        action: input.action,
        fromState: row.state,
        toState: result.to,
        comment: input.comment,
      },
      user,
    );
  }

  const stepAnalysis = db.transaction((id: number, input: TransitionInput, user: User) => {
    const row = sql.analysisById.get(id);
    if (!row) throw httpErrors.notFound(`Analys ${id} finns inte`);
    step('analysis', row, toAnalysis(row), input, user);
    return toAnalysis(sql.analysisById.get(id)!);
  });
  const stepJudgement = db.transaction((id: number, input: TransitionInput, user: User) => {
    const row = sql.judgementById.get(id);
    if (!row) throw httpErrors.notFound(`Bedömning ${id} finns inte`);
    step('judgement', row, toJudgement(row), input, user);
    return toJudgement(sql.judgementById.get(id)!);
  });

  const analyses = (periodId: number, year: number | null) =>
    sql.analyses.all({ periodId, year }).map(toAnalysis);
  const judgements = (periodId: number, year: number | null) =>
    sql.judgements.all({ periodId, year }).map(toJudgement);

  return {
    analyses,
    judgements,
    analysis: (id: number) => {
      const row = sql.analysisById.get(id);
      return row && toAnalysis(row);
    },
    judgement: (id: number) => {
      const row = sql.judgementById.get(id);
      return row && toJudgement(row);
    },
    analysisAt: (key: AnalysisKey) => {
      const row = analysisAt(key);
      return row && toAnalysis(row);
    },
    saveAnalysis: (key: AnalysisKey, input: { text: string; version: number }, user: User) =>
      saveAnalysis.immediate(key, input, user),
    saveJudgement: (
      key: JudgementKey,
      input: { level: JudgementLevel; reason: string; version: number },
      user: User,
    ) => saveJudgement.immediate(key, input, user),
    stepAnalysis: (id: number, input: TransitionInput, user: User) =>
      stepAnalysis.immediate(id, input, user),
    stepJudgement: (id: number, input: TransitionInput, user: User) =>
      stepJudgement.immediate(id, input, user),
    /**
     * The published analyses per measure and judgements per goal and area of a period's year:
     * what the goal-fulfilment report (Måluppfyllelse) and the public pages show. Drafts,
     * submitted and approved texts are never in it; a text changed after publishing is in it as
     * it was published.
     */
    publishedFollowUp: (periodId: number, year: number): PublishedFollowUp => ({
      analyses: analyses(periodId, year).flatMap((a) =>
        a.published
          ? [
              {
                measureNumber: a.measureNumber,
                occasion: a.occasion,
                text: a.published.text,
                blocks: richTextBlocks(a.published.text),
                publishedAt: a.published.publishedAt,
              },
            ]
          : [],
      ),
      judgements: judgements(periodId, year).flatMap((j) =>
        j.published
          ? [
              {
                subject: j.subject,
                subjectId: j.subjectId,
                level: j.published.level,
                reason: j.published.reason,
                publishedAt: j.published.publishedAt,
              },
            ]
          : [],
      ),
    }),
  };
}
export type AnalysisQueries = ReturnType<typeof createAnalysisQueries>;

/** `publishedFollowUp(db, periodId, year)` for a caller that holds only the database. */
export function publishedFollowUp(db: Db, periodId: number, year: number): PublishedFollowUp {
  const history = createReviewHistory(db);
  return createAnalysisQueries(db, createFollowUpLocks(db, history), history).publishedFollowUp(
    periodId,
    year,
  );
}
