import { z } from 'zod';
import { ActivityDisplayStatusSchema } from '../follow-up-state';
import { ActivityStatusSchema, FollowUpSchema } from './activity-plan';
import { ErrorResponseSchema } from './error';
import { YearSchema } from './measure';
import { PeriodQuerySchema } from './period';

// activity = målaktivitet; unit = koncernenhet (förvaltning, bolag or förbund).
export const ActivitySchema = z.object({
  id: z.number().int(),
  year: YearSchema,
  measureNumber: z.number().int(),
  /** Row number within the measure's table in the source document. */
  position: z.number().int(),
  /** Responsible unit codes, e.g. ["SOU", "KSF"] for "SOU och KSF". */
  units: z.array(z.string()),
  /** The responsible units exactly as written. */
  unitsRaw: z.string(),
  verksamhet: z.string().nullable(),
  text: z.string(),
  /** Antal exactly as written: "15", "50-75", "2,4" or null. */
  antal: z.string().nullable(),
  antalMin: z.number().nullable(),
  antalMax: z.number().nullable(),
  /** Unit of count (Enhet), e.g. "dagar", "studenter". */
  countUnit: z.string().nullable(),
  comment: z.string().nullable(),
  /** Follow-up status; "planned" until the unit reports otherwise. */
  status: ActivityStatusSchema,
  /** The newest follow-up (status with a dated comment), null before the first. */
  followUp: FollowUpSchema.nullable(),
  /** The day the year's helår follow-up is due (the calendar), null when no date is set. */
  followUpDue: z.string().nullable(),
  /** The status as shown: "not_followed_up" (Ej uppföljd) once followUpDue passed without one. */
  displayStatus: ActivityDisplayStatusSchema,
  /** The activity of an earlier year this one was copied from. */
  copiedFrom: z.number().int().nullable(),
  /** The earlier year's activity this one continues because it was moved ("Flyttad från 2023"). */
  movedFrom: z.object({ id: z.number().int(), year: YearSchema }).nullable(),
  /** The later year's activity it was moved to ("Flyttad till 2024"). */
  movedTo: z.object({ id: z.number().int(), year: YearSchema }).nullable(),
  /** For optimistic concurrency: a write names the version it was based on. */
  version: z.number().int(),
  updatedAt: z.string(),
  /** Who changed it last; null for activities as seeded from the documents. */
  updatedBy: z.string().nullable(),
  /**
   * What of this working copy the public does not see yet (decision 019), for signed-in readers
   * who may see drafts; null when all of it is published, and always for the public, who read
   * the plan and follow-up as last published. plan: "new" (never published) or "changed".
   */
  draft: z
    .object({ plan: z.enum(['new', 'changed']).nullable(), followUp: z.boolean() })
    .nullable(),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** The 409 answer to a write based on a stale version: the activity as it is now. */
export const ActivityConflictSchema = ErrorResponseSchema.extend({ current: ActivitySchema });
export type ActivityConflict = z.infer<typeof ActivityConflictSchema>;

const optionalInt = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional();

export const ActivityQuerySchema = PeriodQuerySchema.extend({
  year: optionalInt(1900, 2200),
  measure: optionalInt(1, 10_000),
  unit: z
    .string()
    .max(20, 'Ange en enhetskod, t.ex. SOU')
    .regex(/^[A-Za-zÅÄÖåäö0-9/-]{1,20}$/, 'Ange en enhetskod, t.ex. SOU')
    .optional(),
});
export type ActivityQuery = z.infer<typeof ActivityQuerySchema>;

/** Pages of GET /api/activities: a year of a large organisation can hold many thousands. */
export const ACTIVITY_PAGE = { defaultLimit: 1000, maxLimit: 5000 } as const;

export const ActivityPageQuerySchema = ActivityQuerySchema.extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(ACTIVITY_PAGE.maxLimit)
    .default(ACTIVITY_PAGE.defaultLimit),
  offset: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});
export type ActivityPageQuery = z.infer<typeof ActivityPageQuerySchema>;

/** One activity on its own page: where it belongs in the period and every follow-up of it. */
export const ActivityDetailSchema = ActivitySchema.extend({
  periodId: z.number().int(),
  measureName: z.string(),
  /** The verksamhetsmål and målområde the activity's measure serves. */
  goal: z.object({ id: z.number().int(), name: z.string(), areaName: z.string() }),
  /** The document the activity was read from; null for one added in the app. */
  source: z.object({ id: z.string(), title: z.string(), date: z.string() }).nullable(),
  /** Every follow-up, newest first; followUp is the first of them. */
  followUps: z.array(FollowUpSchema),
});
export type ActivityDetail = z.infer<typeof ActivityDetailSchema>;
