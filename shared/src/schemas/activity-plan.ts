import { z } from 'zod';
import { IsoDateSchema, optionalText, UnitCodeSchema } from './text';
import { NumberTooLargeError, parseAntal } from '../number-format';
import { SourceDocumentSchema, YearSchema } from './measure';

// A unit's plan för målaktiviteter for a year, kept by its editors: writes, follow-up (uppföljning),
// copy forward to the next year, and the history of every change. One schema serves the editor's
// form and the API, so both refuse the same input with the same Swedish message.

/** Follow-up status; postponed = flyttad till nästa år. */
export const ActivityStatusSchema = z.enum(
  ['planned', 'in_progress', 'done', 'not_done', 'postponed'],
  { error: 'Välj en status' },
);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: 'Planerad',
  in_progress: 'Pågår',
  done: 'Genomförd',
  not_done: 'Ej genomförd',
  postponed: 'Flyttad till nästa år',
};

/** An activity's latest follow-up: the status reported, why, for which day, by whom and when. */
export const FollowUpSchema = z.object({
  status: ActivityStatusSchema,
  comment: z.string().nullable(),
  /** The day the follow-up speaks for (YYYY-MM-DD). */
  date: z.string(),
  by: z.string(),
  at: z.string(),
  /** The published document that reports this result, and its page; null when written in the app. */
  source: SourceDocumentSchema.extend({ page: z.number().int().min(1) }).nullable(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

function antalBounds(text: string) {
  try {
    return parseAntal(text);
  } catch (error) {
    if (error instanceof NumberTooLargeError) return error;
    throw error;
  }
}

const ANTAL_HELP = 'Skriv antal som ett tal (15), ett intervall (50-75) eller ett decimaltal (2,4)';

/**
 * Antal as the plans write it: a number, a range ("50-75"), a decimal with comma ("2,4") or
 * nothing. Kept as written; a number sent as JSON is written with a decimal comma.
 */
const AntalSchema = z
  .union([z.number(), z.string().max(500, ANTAL_HELP), z.null()], { error: ANTAL_HELP })
  .optional()
  .transform((value, context) => {
    const text = typeof value === 'number' ? String(value).replace('.', ',') : value?.trim();
    if (!text) return null;
    const bounds = antalBounds(text);
    const problem =
      bounds instanceof NumberTooLargeError
        ? bounds.message
        : bounds === null
          ? ANTAL_HELP
          : bounds.min < 0
            ? 'Antal kan inte vara negativt'
            : bounds.min > bounds.max
              ? 'Skriv intervallet med det lägsta talet först (50-75)'
              : null;
    if (problem) {
      context.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return text;
  });

/** The fields an editor writes; the server derives antal's bounds and the units' order. */
export const ActivityInputSchema = z.object({
  measureNumber: z.number({ error: 'Välj ett resultatmått' }).int().min(1),
  /** Responsible unit codes in the order written; a repeated code counts once. */
  units: z
    .array(UnitCodeSchema, { error: 'Välj minst en ansvarig förvaltning eller bolag' })
    .min(1, 'Välj minst en ansvarig förvaltning eller bolag')
    .max(50)
    .transform((codes) => [...new Set(codes)]),
  /** The units as the document wrote them ("KS", "Alla"); made from the codes when left out. */
  unitsRaw: optionalText(200),
  verksamhet: optionalText(200),
  text: z
    .string({ error: 'Skriv vad som ska göras' })
    .trim()
    .min(1, 'Skriv vad som ska göras')
    .max(2000, 'Högst 2000 tecken'),
  antal: AntalSchema,
  /** Enhet for antal: "dagar", "studenter", "fordon". */
  countUnit: optionalText(60),
  comment: optionalText(2000),
});
export type ActivityInput = z.input<typeof ActivityInputSchema>;
export type ActivityFields = z.output<typeof ActivityInputSchema>;

/** A version as the editor saw it; a stale one is refused with 409 and the current activity. */
const VersionSchema = z.number({ error: 'Versionen saknas' }).int().min(1);
const ReasonSchema = optionalText(500);

export const ActivityCreateSchema = ActivityInputSchema.extend({
  year: YearSchema,
});
export type ActivityCreate = z.input<typeof ActivityCreateSchema>;

/** Every field is sent, as the form holds them: a PATCH replaces the activity's content. */
export const ActivityChangeSchema = ActivityInputSchema.extend({
  version: VersionSchema,
  reason: ReasonSchema,
});
export type ActivityChange = z.input<typeof ActivityChangeSchema>;

export const ActivityParamsSchema = z.object({ id: z.coerce.number().int().min(1) });

export const ActivityRemoveQuerySchema = z.object({
  version: z.coerce.number().int().min(1),
});

/** "2024-02-30" matches the pattern but is no day: Date rolls it over to March. */
export const FollowUpInputSchema = z.object({
  status: ActivityStatusSchema,
  comment: optionalText(2000),
  date: IsoDateSchema,
  version: VersionSchema,
});
export type FollowUpInput = z.input<typeof FollowUpInputSchema>;

/** Several activities followed up at once (a unit's follow-up view): saved all or none. */
export const FollowUpBatchSchema = z.object({
  followUps: z
    .array(FollowUpInputSchema.extend({ id: z.number().int().min(1) }))
    .min(1, 'Inget att spara')
    .max(5000)
    .refine((rows) => new Set(rows.map((row) => row.id)).size === rows.length, {
      message: 'Samma målaktivitet finns två gånger',
    }),
});
export type FollowUpBatch = z.input<typeof FollowUpBatchSchema>;

/** Starts a later year's plan from the chosen activities of an earlier one. */
export const CopyForwardSchema = z
  .object({
    fromYear: YearSchema,
    toYear: YearSchema,
    activityIds: z
      .array(z.number().int().min(1))
      .min(1, 'Välj minst en aktivitet att kopiera')
      .max(1000)
      .transform((ids) => [...new Set(ids)]),
  })
  .refine((request) => request.toYear > request.fromYear, {
    path: ['toYear'],
    message: 'Kopiera till ett senare år',
  });
export type CopyForward = z.input<typeof CopyForwardSchema>;

export const CopyForwardResultSchema = z.object({
  /** The new activities, each with the one it was copied from. */
  created: z.array(z.object({ id: z.number().int(), copiedFrom: z.number().int() })),
  /** Chosen activities already carried over into toYear earlier: not copied twice. */
  skipped: z.array(z.number().int()),
});
export type CopyForwardResult = z.infer<typeof CopyForwardResultSchema>;

export const ActivityHistoryEntrySchema = z.object({
  action: z.enum(['created', 'changed', 'removed', 'status']),
  oldState: z.record(z.string(), z.unknown()).nullable(),
  newState: z.record(z.string(), z.unknown()).nullable(),
  changedBy: z.string(),
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export type ActivityHistoryEntry = z.infer<typeof ActivityHistoryEntrySchema>;

export const ActivityHistorySchema = z.object({
  activityId: z.number().int(),
  /** Newest first. */
  changes: z.array(ActivityHistoryEntrySchema),
});
export type ActivityHistory = z.infer<typeof ActivityHistorySchema>;

export const PlanParamsSchema = z.object({
  unit: z
    .string()
    .max(20, 'Ange en enhetskod, t.ex. SOU')
    .regex(/^[A-Za-zÅÄÖåäö0-9]{1,10}$/, 'Ange en enhetskod, t.ex. SOU'),
  year: z.coerce.number().int().min(1900).max(2200),
});

/** The columns of a plan's table, as in the documents (plus the follow-up). */
export const PLAN_COLUMNS = [
  'Resultatmått',
  'Förvaltning/bolag',
  'Verksamhet',
  'Aktivitet',
  'Antal',
  'Enhet',
  'Övrigt/kommentar',
  'Status',
  'Uppföljning',
  'Uppföljd',
] as const;

/** "SOU och KSF", "KSF, KSUF och VBU": how the plans write several responsible units. */
export function unitsAsWritten(codes: readonly string[]): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} och ${codes.at(-1)}`;
}

/**
 * What a list of activities says about their follow-up, honestly: "4 av 11 genomförda" only
 * once every one is followed up; where none is, that none is (a plain count would say that
 * nothing was done); in between, how many are followed up beside how many are done.
 */
export function followUpSummary(
  activities: readonly { status: ActivityStatus; year: number; followUp: unknown }[],
): string {
  const { done, total } = doneCount(activities);
  const followedUp = activities.filter((activity) => activity.followUp !== null).length;
  const years = [...new Set(activities.map((activity) => activity.year))];
  if (total > 0 && followedUp === 0) {
    return years.length === 1
      ? `Ingen målaktivitet för ${years[0]} är uppföljd än`
      : 'Ingen av målaktiviteterna är uppföljd än';
  }
  const share = `${done} av ${total} genomförda`;
  return followedUp === total ? share : `${share} (${followedUp} av ${total} uppföljda)`;
}

/** "Flyttad från 2023", "Flyttad till 2024": an activity moved between years, on both rows. */
export function movedTexts(activity: {
  movedFrom: { year: number } | null;
  movedTo: { year: number } | null;
}): string[] {
  return [
    ...(activity.movedFrom ? [`Flyttad från ${activity.movedFrom.year}`] : []),
    ...(activity.movedTo ? [`Flyttad till ${activity.movedTo.year}`] : []),
  ];
}

/** "Källa: Årsredovisning 2023 …, s. 2": the document that reports a follow-up. */
export const followUpSourceText = (source: { title: string; page: number }) =>
  `Källa: ${source.title}, s. ${source.page}`;

/** How many of the activities are done (genomförda), of how many: "4 av 11 genomförda". */
export function doneCount(activities: readonly { status: ActivityStatus }[]): {
  done: number;
  total: number;
} {
  return {
    done: activities.filter((activity) => activity.status === 'done').length,
    total: activities.length,
  };
}

/** Activities per resultatmått, in order of first appearance (the plan's order). */
export function groupByMeasure<Row extends { measureNumber: number }>(
  rows: readonly Row[],
): [number, Row[]][] {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.measureNumber) ?? [];
    group.push(row);
    groups.set(row.measureNumber, group);
  }
  return [...groups];
}
