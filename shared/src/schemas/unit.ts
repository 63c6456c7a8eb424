import { z } from 'zod';
import { optionalText } from './text';

// unit = koncernenhet: förvaltning, bolag or förbund of the kommunkoncern.
export const UnitSchema = z.object({
  code: z.string(),
  name: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitWithCountsSchema = UnitSchema.extend({
  /** The first and last year the unit has plans; null: no bound. */
  activeFrom: z.number().int().nullable(),
  activeUntil: z.number().int().nullable(),
  /** The unit it was merged into; its activities were moved there. */
  mergedInto: z.string().nullable(),
  /** Names it had before, oldest first, each with the dates it was used (from null: always). */
  formerNames: z.array(
    z.object({ name: z.string(), from: z.string().nullable(), until: z.string() }),
  ),
  version: z.number().int(),
  /** Activities per year, counted from the activity rows (an activity of several units counts for each). */
  activityCounts: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type UnitWithCounts = z.infer<typeof UnitWithCountsSchema>;

/** Whether a unit may have activities in a year: active then, and not merged into another. */
export function unitActiveIn(
  unit: Pick<UnitWithCounts, 'activeFrom' | 'activeUntil' | 'mergedInto'>,
  year: number,
): boolean {
  return (
    unit.mergedInto === null &&
    (unit.activeFrom === null || unit.activeFrom <= year) &&
    (unit.activeUntil === null || year <= unit.activeUntil)
  );
}

const UnitNameSchema = z
  .string()
  .max(300, 'Högst 200 tecken')
  .trim()
  .min(1, 'Skriv enhetens namn')
  .max(200, 'Högst 200 tecken');
const ReasonSchema = optionalText(500);
const YEAR = 'Skriv ett årtal, t.ex. 2026';
const UnitYearSchema = z.number({ error: YEAR }).int(YEAR).min(1900, YEAR).max(2200, YEAR);
const VersionSchema = z.number().int().min(1);

export const UnitCodeParamsSchema = z.object({ code: z.string().max(20) });

/** A new unit: its code (as the plans write it, "SOU") and name, active from a year or always. */
export const UnitCreateSchema = z.object({
  code: z
    .string()
    .max(40, 'Koden har 1–12 versaler eller siffror, t.ex. SOU')
    .trim()
    .regex(/^[A-ZÅÄÖ0-9]{1,12}$/, 'Koden har 1–12 versaler eller siffror, t.ex. SOU'),
  name: UnitNameSchema,
  activeFrom: UnitYearSchema.nullable().optional(),
});
export type UnitCreate = z.output<typeof UnitCreateSchema>;

export const UnitRenameSchema = z.object({
  name: UnitNameSchema,
  reason: ReasonSchema,
  version: VersionSchema,
});
export type UnitRename = z.output<typeof UnitRenameSchema>;

/** Retire after a year (its last year of plans), or reactivate with null. */
export const UnitRetireSchema = z.object({
  activeUntil: UnitYearSchema.nullable(),
  reason: ReasonSchema,
  version: VersionSchema,
});
export type UnitRetire = z.output<typeof UnitRetireSchema>;

/** Merge the unit of the address into `into`: its activities move there, it is retired. */
export const UnitMergeSchema = z.object({
  into: z.string().max(20).min(1, 'Välj enheten att slå ihop med'),
  reason: ReasonSchema,
  version: VersionSchema,
});
export type UnitMerge = z.output<typeof UnitMergeSchema>;

export const UnitHistoryEntrySchema = z.object({
  action: z.enum(['created', 'renamed', 'retired', 'reactivated', 'merged_into', 'merged_from']),
  oldState: z.record(z.string(), z.unknown()).nullable(),
  newState: z.record(z.string(), z.unknown()),
  changedBy: z.string(),
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export type UnitHistoryEntry = z.infer<typeof UnitHistoryEntrySchema>;
