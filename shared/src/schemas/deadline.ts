import { z } from 'zod';
import { ErrorResponseSchema } from './error';
import { YearSchema } from './measure';
import { OCCASION_LABELS } from '../review';
import type { Occasion } from './review';
import { IsoDateSchema } from './text';

// The calendar of the follow-up cycle (issue 15.4): per period and year, the day by which each
// milestone is due. Occasion = uppföljningstillfälle: delår (interim) or helår (annual); the plans
// för målaktiviteter are due once a year, before it starts.

export const DeadlineKindSchema = z.enum(
  [
    'plans',
    'interim_outcomes',
    'interim_analyses',
    'interim_follow_ups',
    'annual_outcomes',
    'annual_analyses',
    'annual_follow_ups',
  ],
  { error: 'Välj vad som ska vara klart' },
);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

/** What each milestone is, for the calendar, the completeness view and the reminders. */
export const DEADLINE_KINDS: Record<DeadlineKind, { occasion: Occasion | null; label: string }> = {
  plans: { occasion: null, label: 'Planer för målaktiviteter' },
  interim_outcomes: { occasion: 'interim', label: 'Utfall' },
  interim_analyses: { occasion: 'interim', label: 'Analyser' },
  interim_follow_ups: { occasion: 'interim', label: 'Uppföljning av målaktiviteter' },
  annual_outcomes: { occasion: 'annual', label: 'Utfall' },
  annual_analyses: { occasion: 'annual', label: 'Analyser' },
  annual_follow_ups: { occasion: 'annual', label: 'Uppföljning av målaktiviteter' },
};

/** "Helår: Utfall", "Planer för målaktiviteter". */
export function deadlineLabel(kind: DeadlineKind): string {
  const { occasion, label } = DEADLINE_KINDS[kind];
  return occasion ? `${OCCASION_LABELS[occasion]}: ${label.toLocaleLowerCase('sv-SE')}` : label;
}

/** One date of the calendar; version 0 and no date for a milestone nobody has dated yet. */
export const DeadlineSchema = z.object({
  year: YearSchema,
  kind: DeadlineKindSchema,
  dueDate: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** The period's calendar: every year of the period × every milestone, dated or not. */
export const DeadlineCalendarSchema = z.object({
  periodId: z.number().int(),
  deadlines: z.array(DeadlineSchema),
  /** The next dated outcome milestone from today, for "Nästa uppföljning"; null when none. */
  nextFollowUp: DeadlineSchema.nullable(),
});
export type DeadlineCalendar = z.infer<typeof DeadlineCalendarSchema>;

/** Setting (or, with null, removing) one date; the version the editor saw (0 for a new one). */
export const DeadlineChangeSchema = z.object({
  year: YearSchema,
  kind: DeadlineKindSchema,
  dueDate: IsoDateSchema.nullable(),
  version: z.number().int().min(0),
});
export type DeadlineChange = z.infer<typeof DeadlineChangeSchema>;

export const DeadlineConflictSchema = ErrorResponseSchema.extend({ current: DeadlineSchema });

export const DeadlineHistoryEntrySchema = z.object({
  year: YearSchema,
  kind: DeadlineKindSchema,
  oldDate: z.string().nullable(),
  newDate: z.string().nullable(),
  changedBy: z.string(),
  changedAt: z.string(),
});
export type DeadlineHistoryEntry = z.infer<typeof DeadlineHistoryEntrySchema>;
