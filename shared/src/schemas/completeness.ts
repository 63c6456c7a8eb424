import { z } from 'zod';
import { DeadlineKindSchema } from './deadline';
import { YearSchema } from './measure';
import { PeriodQuerySchema } from './period';

// What is due, missing or late in a year (issue 15.4): a list of items from pluggable checks
// (outcomes, activity follow-ups, plans, intern kontroll follow-ups; analyses when they exist),
// each naming its measure and responsible units so the view groups them either way.

/** done; due = not yet, its day has not passed; late = its day passed; missing = no day set. */
export const CompletenessStateSchema = z.enum(['done', 'due', 'late', 'missing']);
export type CompletenessState = z.infer<typeof CompletenessStateSchema>;

export const COMPLETENESS_STATE_LABELS: Record<CompletenessState, string> = {
  done: 'Klart',
  due: 'Ska göras',
  late: 'Försenat',
  missing: 'Saknas, inget datum satt',
};

export const CompletenessItemSchema = z.object({
  /** The check it comes from, e.g. "outcomes", "control_follow_ups". */
  check: z.string(),
  /** What is due, in Swedish: "Utfall 2024", "Uppföljning: Lovskola …". */
  text: z.string(),
  measureNumber: z.number().int().nullable(),
  /** The responsible units' codes; empty when nobody is named (the controllers' own). */
  units: z.array(z.string()),
  /** The calendar milestone it is due by, when it is one (intern kontroll has its own dates). */
  deadlineKind: DeadlineKindSchema.nullable(),
  dueDate: z.string().nullable(),
  state: CompletenessStateSchema,
});
export type CompletenessItem = z.infer<typeof CompletenessItemSchema>;

export const CompletenessSchema = z.object({
  periodId: z.number().int(),
  year: YearSchema,
  /** The day the states were computed for (ÅÅÅÅ-MM-DD). */
  today: z.string(),
  checks: z.array(z.object({ id: z.string(), label: z.string() })),
  items: z.array(CompletenessItemSchema),
});
export type Completeness = z.infer<typeof CompletenessSchema>;

export const CompletenessQuerySchema = PeriodQuerySchema.extend({
  year: z.coerce.number().int().min(1900).max(2200),
});

/** A reminder as the app keeps it (the e-mail's copy, or the only one without SMTP). */
export const ReminderSchema = z.object({
  id: z.number().int(),
  dueDate: z.string(),
  subject: z.string(),
  body: z.string(),
  channel: z.enum(['email', 'app']),
  claimedAt: z.string(),
  sentAt: z.string().nullable(),
});
export type Reminder = z.infer<typeof ReminderSchema>;
