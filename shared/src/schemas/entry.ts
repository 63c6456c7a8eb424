import { z } from 'zod';
import { FieldErrorSchema } from './error';
import {
  CategorySchema,
  DirectionSchema,
  MeasureDefinitionSchema,
  OutcomeSchema,
  OutcomeStatusSchema,
  PublishedValueSchema,
  TargetSchema,
  YearSchema,
} from './measure';

// Entry of a year's outcomes (utfall) and targets (målvärden) by controllers, with optimistic
// concurrency: every stored value has a version, and a write names the version it was based on.

const NoteSchema = z.string().trim().max(500, 'Högst 500 tecken').nullable();

export const StoredOutcomeSchema = OutcomeSchema.extend({
  /** Where the figure comes from, e.g. "SCB, befolkningsstatistik 2023-02-22". */
  dataSource: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type StoredOutcome = z.infer<typeof StoredOutcomeSchema>;

export const StoredTargetSchema = TargetSchema.extend({
  /** The decision the target comes from, e.g. "KF 2022-11-28 § 150". */
  decision: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type StoredTarget = z.infer<typeof StoredTargetSchema>;

export const EntryRowSchema = z.object({
  measure: z.object({
    number: z.number().int(),
    name: z.string(),
    unit: z.string(),
    decimals: z.number().int(),
    scaleMin: z.number().nullable(),
    scaleMax: z.number().nullable(),
    direction: DirectionSchema,
  }),
  outcome: StoredOutcomeSchema.nullable(),
  target: StoredTargetSchema.nullable(),
});
export type EntryRow = z.infer<typeof EntryRowSchema>;

export const EntryYearSchema = z.object({ year: YearSchema, rows: z.array(EntryRowSchema) });
export type EntryYear = z.infer<typeof EntryYearSchema>;

/** version 0 = the value did not exist when the user started editing. */
const BaseVersionSchema = z.number().int().min(0);
const ReasonSchema = z.string().trim().max(500, 'Högst 500 tecken').optional();

export const OutcomeChangeSchema = z.object({
  kind: z.literal('outcome'),
  measureNumber: z.number().int().min(1),
  value: z.number().nullable(),
  status: OutcomeStatusSchema,
  note: NoteSchema,
  dataSource: z.string().trim().max(300, 'Högst 300 tecken').nullable(),
  version: BaseVersionSchema,
  reason: ReasonSchema,
});

export const TargetChangeSchema = z.object({
  kind: z.literal('target'),
  measureNumber: z.number().int().min(1),
  value: z.number().nullable(),
  note: NoteSchema,
  decision: z.string().trim().max(200, 'Högst 200 tecken').nullable(),
  version: BaseVersionSchema,
  reason: ReasonSchema,
});

export const EntryChangeSchema = z.discriminatedUnion('kind', [
  OutcomeChangeSchema,
  TargetChangeSchema,
]);
export type EntryChange = z.infer<typeof EntryChangeSchema>;

export const EntrySaveSchema = z.object({
  changes: z.array(EntryChangeSchema).min(1, 'Inga ändringar att spara').max(1000),
});
export type EntrySave = z.infer<typeof EntrySaveSchema>;

export const EntryCellResultSchema = z.object({
  measureNumber: z.number().int(),
  kind: z.enum(['outcome', 'target']),
  /** saved; unchanged (same as stored); refused (invalid, see errors); conflict (stale version, see current). */
  result: z.enum(['saved', 'unchanged', 'refused', 'conflict']),
  errors: z.array(FieldErrorSchema).optional(),
  /** The stored value after the save, or the other user's value on conflict. */
  current: z.union([StoredOutcomeSchema, StoredTargetSchema]).nullable().optional(),
});
export type EntryCellResult = z.infer<typeof EntryCellResultSchema>;

export const EntrySaveResultSchema = z.object({
  year: YearSchema,
  results: z.array(EntryCellResultSchema),
});
export type EntrySaveResult = z.infer<typeof EntrySaveResultSchema>;

export const EntryYearParamsSchema = z.object({
  year: z.coerce.number().int().min(1900).max(2200),
});

export const HistoryEntrySchema = z.object({
  kind: z.enum(['outcome', 'target', 'definition']),
  year: z.number().int().nullable(),
  oldState: z.record(z.string(), z.unknown()).nullable(),
  newState: z.record(z.string(), z.unknown()),
  changedBy: z.string(),
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const MeasureHistorySchema = z.object({
  measureNumber: z.number().int(),
  changes: z.array(HistoryEntrySchema),
  /** Figures published in earlier or other documents (the seed's revised values). */
  publishedValues: z.array(PublishedValueSchema),
});
export type MeasureHistory = z.infer<typeof MeasureHistorySchema>;

/** A controller's change to a measure definition; only the fields given change. */
export const DefinitionChangeSchema = z.object({
  name: z.string().trim().min(1, 'Fyll i namn').max(300).optional(),
  statement: z.string().trim().max(300).optional(),
  dataSource: z.string().trim().max(300).optional(),
  category: CategorySchema.optional(),
  unit: z.string().trim().min(1, 'Fyll i enhet').max(40).optional(),
  scaleMin: z.number().nullable().optional(),
  scaleMax: z.number().nullable().optional(),
  direction: DirectionSchema.optional(),
  decimals: z.number().int().min(0).max(4).optional(),
  koladaKpi: z
    .string()
    .max(20, 'Ett Kolada-id ser ut som N01951')
    .trim()
    .regex(/^[NU]\d{5}$/, 'Ett Kolada-id ser ut som N01951')
    .nullable()
    .optional(),
  /** The sammankallande unit's code; null = none. */
  responsibleUnit: z.string().trim().min(1).max(20).nullable().optional(),
  version: z.number().int().min(1),
  reason: z.string().trim().max(500).optional(),
});
export type DefinitionChange = z.infer<typeof DefinitionChangeSchema>;

/** A measure's definition as stored, with the version a change must name. */
export const StoredDefinitionSchema = MeasureDefinitionSchema.extend({
  id: z.number().int(),
  responsibleUnit: z.string().nullable(),
  version: z.number().int(),
});
export type StoredDefinition = z.infer<typeof StoredDefinitionSchema>;
