import { z } from 'zod';
import { FieldErrorSchema } from './error';
import { OutcomeStatusSchema, YearSchema, type OutcomeStatus } from './measure';
import { PeriodQuerySchema } from './period';

// Imports of outcomes (utfall) and targets (målvärden) from a file or from Kolada: a preview
// the server keeps, then a commit of that preview in one transaction.

/** How the import files and the open data name an outcome's status. */
export const OUTCOME_STATUS_LABELS: Record<OutcomeStatus, string> = {
  final: 'Slutligt',
  preliminary: 'Preliminärt',
  partial: 'Del av året',
};

/** The values one import row gives an outcome or a target, as they would be stored. */
export const ImportOutcomeStateSchema = z.object({
  value: z.number().nullable(),
  status: OutcomeStatusSchema,
  note: z.string().nullable(),
  dataSource: z.string().nullable(),
});
export type ImportOutcomeState = z.infer<typeof ImportOutcomeStateSchema>;

export const ImportTargetStateSchema = z.object({
  value: z.number().nullable(),
  note: z.string().nullable(),
  decision: z.string().nullable(),
});
export type ImportTargetState = z.infer<typeof ImportTargetStateSchema>;

/** new = nothing stored yet; changed = differs from what is stored; unchanged = the same. */
export const ImportChangeKindSchema = z.enum(['new', 'changed', 'unchanged']);
export type ImportChangeKind = z.infer<typeof ImportChangeKindSchema>;

export const ImportValueDiffSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('outcome'),
    change: ImportChangeKindSchema,
    old: ImportOutcomeStateSchema.nullable(),
    new: ImportOutcomeStateSchema,
    /** The stored version the write will be based on; 0 when nothing is stored. */
    baseVersion: z.number().int().min(0),
  }),
  z.object({
    kind: z.literal('target'),
    change: ImportChangeKindSchema,
    old: ImportTargetStateSchema.nullable(),
    new: ImportTargetStateSchema,
    baseVersion: z.number().int().min(0),
  }),
]);
export type ImportValueDiff = z.infer<typeof ImportValueDiffSchema>;

/** invalid = has errors; skipped = nothing to import on the row (e.g. no value in Kolada). */
export const ImportRowStatusSchema = z.enum(['new', 'changed', 'unchanged', 'invalid', 'skipped']);
export type ImportRowStatus = z.infer<typeof ImportRowStatusSchema>;

export const ImportRowSchema = z.object({
  /** The row's number as a spreadsheet shows it (the header is row 1); for Kolada, a counter. */
  line: z.number().int().min(1),
  measureNumber: z.number().int().nullable(),
  year: z.number().int().nullable(),
  status: ImportRowStatusSchema,
  /** path = the column (or "rad" for the whole row); message in Swedish. */
  errors: z.array(FieldErrorSchema),
  /** Why a skipped row is skipped. */
  notice: z.string().nullable(),
  /**
   * What the user should look at before committing: a stored value the row overwrites was
   * changed after the template the file comes from was downloaded. path = the column.
   */
  warnings: z.array(FieldErrorSchema),
  values: z.array(ImportValueDiffSchema),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportSourceSchema = z.enum(['file', 'kolada']);
export type ImportSource = z.infer<typeof ImportSourceSchema>;

export const ImportPreviewSchema = z.object({
  /** Commit this preview with POST /api/imports/commit. */
  id: z.string(),
  source: ImportSourceSchema,
  /** The uploaded file's name, or "Kolada" with the KPI ids. */
  name: z.string(),
  createdAt: z.string(),
  /** Things worth knowing about the whole file, e.g. that it was read as Windows-1252. */
  notices: z.array(z.string()),
  summary: z.record(ImportRowStatusSchema, z.number().int()),
  rows: z.array(ImportRowSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** all-or-nothing = allt eller inget; valid-rows = bara giltiga rader. */
export const ImportModeSchema = z.enum(['all-or-nothing', 'valid-rows']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export const ImportCommitSchema = z.object({
  previewId: z
    .string()
    .max(64, 'Okänd förhandsgranskning')
    .regex(/^[A-Za-z0-9_-]{10,64}$/, 'Okänd förhandsgranskning'),
  mode: ImportModeSchema,
});
export type ImportCommit = z.infer<typeof ImportCommitSchema>;

/** One value the commit did not write, and why. */
export const ImportProblemSchema = z.object({
  line: z.number().int(),
  measureNumber: z.number().int().nullable(),
  year: z.number().int().nullable(),
  kind: z.enum(['outcome', 'target', 'row']),
  /** conflict = someone changed the value after the preview; refused = invalid. */
  result: z.enum(['conflict', 'refused']),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportCommitResultSchema = z.object({
  previewId: z.string(),
  mode: ImportModeSchema,
  /** Values written (each with history, reason "Import: <name>"). */
  written: z.object({ outcomes: z.number().int(), targets: z.number().int() }),
  /** Values that already had the imported content. */
  unchanged: z.number().int(),
  /** Rows or values left out; empty in all-or-nothing mode (which writes all or answers 409). */
  problems: z.array(ImportProblemSchema),
});
export type ImportCommitResult = z.infer<typeof ImportCommitResultSchema>;

/** 409 body: all-or-nothing found stale versions or invalid values, and wrote nothing. */
export const ImportRefusedSchema = z.object({
  error: z.string(),
  message: z.string(),
  problems: z.array(ImportProblemSchema),
});

export const ImportFileQuerySchema = PeriodQuerySchema.extend({
  /** Shown in the preview and written into each value's history ("Import: utfall.xlsx"). */
  fileName: z
    .string()
    .trim()
    .min(1, 'Ange filens namn')
    .max(200, 'Filnamnet får ha högst 200 tecken'),
});

export const KoladaPreviewRequestSchema = z.object({
  years: z
    .array(YearSchema)
    .min(1, 'Välj minst ett år')
    .max(20, 'Välj högst 20 år')
    .refine((years) => new Set(years).size === years.length, 'Samma år är valt två gånger'),
  /** Measure numbers; absent = every measure with a Kolada id. */
  measures: z
    .array(z.number().int().min(1))
    .min(1, 'Välj minst ett resultatmått')
    .max(1000)
    .optional(),
});
export type KoladaPreviewRequest = z.infer<typeof KoladaPreviewRequestSchema>;
