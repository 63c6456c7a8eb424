import { z } from 'zod';
import { REVIEW_ACTIONS, REVIEW_STATES, REVIEW_STEPS } from '../review';
import { YearSchema } from './measure';
import { PeriodQuerySchema } from './period';
import { UnitCodeSchema } from './text';

// Follow-up content under the approval workflow (../review.ts): analyses per measure, year and
// occasion; judgements (helhetsbedömning) per goal and area and year; units' plans and
// follow-ups. A reader without a role gets only what is published (`draft` null); a signed-in
// user with a role also gets the draft, marked with its state.

export const ReviewStateSchema = z.enum(REVIEW_STATES);
export const ReviewActionSchema = z.enum(REVIEW_ACTIONS);

/** Uppföljningstillfälle: delår (the delårsrapport) or helår (the årsredovisning). */
export const OccasionSchema = z.enum(['interim', 'annual']);
export type Occasion = z.infer<typeof OccasionSchema>;

/** A controller's helhetsbedömning of a goal or area for a year. */
export const JudgementLevelSchema = z.enum(['met', 'partly_met', 'not_met', 'not_assessable']);
export type JudgementLevel = z.infer<typeof JudgementLevelSchema>;

export const JudgementSubjectSchema = z.enum(['goal', 'area']);
export type JudgementSubject = z.infer<typeof JudgementSubjectSchema>;

/** What the workflow covers; plan and follow_up are a unit's, per year. */
export const ReviewKindSchema = z.enum(['analysis', 'judgement', 'plan', 'follow_up']);
export type ReviewKind = z.infer<typeof ReviewKindSchema>;

const DraftStateSchema = z.object({
  state: ReviewStateSchema,
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
const PublishedStampSchema = z.object({
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});

export const AnalysisSchema = z.object({
  id: z.number().int(),
  measureNumber: z.number().int(),
  year: YearSchema,
  occasion: OccasionSchema,
  published: PublishedStampSchema.extend({ text: z.string() }).nullable(),
  draft: DraftStateSchema.extend({ text: z.string() }).nullable(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const JudgementSchema = z.object({
  id: z.number().int(),
  subject: JudgementSubjectSchema,
  /** The goal's or area's id. */
  subjectId: z.number().int(),
  year: YearSchema,
  published: PublishedStampSchema.extend({
    level: JudgementLevelSchema,
    reason: z.string(),
  }).nullable(),
  draft: DraftStateSchema.extend({ level: JudgementLevelSchema, reason: z.string() }).nullable(),
});
export type Judgement = z.infer<typeof JudgementSchema>;

/** A unit's plan or follow-up of a year under the workflow. */
export const UnitReviewSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['plan', 'follow_up']),
  unit: z.string(),
  year: YearSchema,
  state: ReviewStateSchema,
  version: z.number().int().min(1),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type UnitReview = z.infer<typeof UnitReviewSchema>;

export const YearLockSchema = z.object({ lockedAt: z.string(), lockedBy: z.string().nullable() });

/** GET /api/follow-up/{year}: the year's analyses and judgements, and whether it is closed. */
export const FollowUpYearSchema = z.object({
  periodId: z.number().int(),
  year: YearSchema,
  lock: YearLockSchema.nullable(),
  analyses: z.array(AnalysisSchema),
  judgements: z.array(JudgementSchema),
  /** Units' plans and follow-ups under the workflow: for signed-in users only, else empty. */
  unitReviews: z.array(UnitReviewSchema),
});
export type FollowUpYear = z.infer<typeof FollowUpYearSchema>;

export const FollowUpYearParamsSchema = z.object({
  year: z.coerce.number().int().min(1900).max(2200),
});
export const AnalysisParamsSchema = FollowUpYearParamsSchema.extend({
  number: z.coerce.number().int().min(1).max(10_000),
  occasion: OccasionSchema,
});
export const JudgementParamsSchema = FollowUpYearParamsSchema.extend({
  subject: JudgementSubjectSchema,
  id: z.coerce.number().int().min(1).max(1e9),
});
export const ReviewIdParamsSchema = z.object({ id: z.coerce.number().int().min(1).max(1e9) });
export const UnitReviewParamsSchema = FollowUpYearParamsSchema.extend({
  unit: UnitCodeSchema,
  kind: z.enum(['plan', 'follow_up']),
});
export { PeriodQuerySchema as ReviewQuerySchema };

/** The markdown an author writes; what of it is shown is ../rich-text.ts's to decide. */
export const ANALYSIS_MAX = 20_000;
const versionSchema = z.number().int().min(0);

export const AnalysisInputSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'Skriv analysen')
    .max(ANALYSIS_MAX, `Högst ${ANALYSIS_MAX} tecken`),
  /** 0 for a first draft. */
  version: versionSchema,
});

export const JudgementInputSchema = z.object({
  level: JudgementLevelSchema,
  reason: z.string().trim().min(1, 'Skriv motiveringen').max(4000, 'Högst 4000 tecken'),
  version: versionSchema,
});

export const TransitionInputSchema = z
  .object({
    action: ReviewActionSchema,
    comment: z
      .string()
      .trim()
      .max(2000, 'Högst 2000 tecken')
      .optional()
      .transform((value) => value || null),
    /** The version the reviewer looked at; 0 for a unit's plan that has no workflow row yet. */
    version: versionSchema,
  })
  .refine((input) => !REVIEW_STEPS[input.action].needsComment || input.comment !== null, {
    path: ['comment'],
    message: 'Skriv varför det skickas tillbaka',
  });
export type TransitionInput = z.output<typeof TransitionInputSchema>;

export const YearLockInputSchema = z.object({ locked: z.boolean() });

/** One step in a workflow's history: who moved what, when, from which state to which. */
export const ReviewHistoryEntrySchema = z.object({
  action: z.enum([...REVIEW_ACTIONS, 'edit', 'lock', 'unlock']),
  fromState: ReviewStateSchema.nullable(),
  toState: ReviewStateSchema.nullable(),
  comment: z.string().nullable(),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export type ReviewHistoryEntry = z.infer<typeof ReviewHistoryEntrySchema>;

/** The controller's queue: what waits for approval or publishing. */
export const ReviewQueueItemSchema = z.object({
  kind: ReviewKindSchema,
  id: z.number().int(),
  year: YearSchema,
  state: ReviewStateSchema,
  version: z.number().int().min(1),
  /** What it is, in Swedish: "Analys, resultatmått 3, helår 2022". */
  title: z.string(),
  /** The measure page, goal, or unit it belongs to. */
  measureNumber: z.number().int().nullable(),
  unit: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  /** The text or reason under review, for reading before approving. */
  content: z.string().nullable(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;
export const ReviewQueueSchema = z.array(ReviewQueueItemSchema);

/**
 * ?drafts=true of the goal-fulfilment document (Måluppfyllelse): the analyses and judgements not
 * yet published that the signed-in user may write or review, in place of the published ones and
 * marked as drafts. Without it, or false, the document has what is published.
 */
export const ReportQuerySchema = PeriodQuerySchema.extend({
  drafts: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'true: med de opublicerade analyser och bedömningar användaren får skriva eller granska, markerade som utkast (kräver inloggning)',
    ),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;
