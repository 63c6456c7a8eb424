import { z } from 'zod';
import { DefinitionChangeSchema } from './entry';
import { CategorySchema, DirectionSchema, YearSchema } from './measure';
import { PeriodParamsSchema, PeriodStatusSchema } from './period';

// What an administrator or controller sends to set up a period and its structure: målperiod,
// målområden (areas), verksamhetsmål (goals) and resultatmått (measures). Decision 008.

const name = (max: number) =>
  z.string().trim().min(1, 'Fyll i namn').max(max, `Högst ${max} tecken`);
const ReasonSchema = z.string().trim().max(500, 'Högst 500 tecken').optional();
const VersionSchema = z.number().int().min(1);
const IdSchema = z.number().int().min(1);

/** Paragraphs as the documents have them: a text splits at its blank lines. */
const ParagraphsSchema = z
  .union([z.string().max(10_000, 'Högst 10 000 tecken'), z.array(z.string().max(5000)).max(50)])
  .transform((value) =>
    (typeof value === 'string' ? value.split(/\n\s*\n/) : value)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== ''),
  );

const yearsInOrder = (value: { startYear?: number; endYear?: number }) =>
  value.startYear === undefined || value.endYear === undefined || value.startYear <= value.endYear;
const YEARS_IN_ORDER = { message: 'Sista året kan inte vara före det första', path: ['endYear'] };

export const PeriodCreateSchema = z
  .object({
    name: name(100),
    startYear: YearSchema,
    endYear: YearSchema,
    vision: z.string().trim().max(5000, 'Högst 5 000 tecken').default(''),
    /** Copy another period's areas, goals and measures (each measure continuing its original). */
    copyFrom: z.object({ periodId: IdSchema, targets: z.boolean().default(false) }).optional(),
  })
  .refine(yearsInOrder, YEARS_IN_ORDER);
export type PeriodCreate = z.infer<typeof PeriodCreateSchema>;

export const PeriodChangeSchema = z
  .object({
    name: name(100).optional(),
    startYear: YearSchema.optional(),
    endYear: YearSchema.optional(),
    vision: z.string().trim().max(5000, 'Högst 5 000 tecken').optional(),
    status: PeriodStatusSchema.optional(),
    public: z.boolean().optional(),
    /** Optional here (the status alone may be sent); when given, a stale one is a 409. */
    version: VersionSchema.optional(),
    reason: ReasonSchema,
  })
  .refine(yearsInOrder, YEARS_IN_ORDER);
export type PeriodChange = z.infer<typeof PeriodChangeSchema>;

export const AreaCreateSchema = z.object({ name: name(200), reason: ReasonSchema });
export type AreaCreate = z.infer<typeof AreaCreateSchema>;

export const AreaChangeSchema = z.object({
  name: name(200).optional(),
  /** 1 = first; the others move to make room. */
  position: z.number().int().min(1).max(1000).optional(),
  version: VersionSchema,
  reason: ReasonSchema,
});
export type AreaChange = z.infer<typeof AreaChangeSchema>;

export const GoalCreateSchema = z.object({
  areaId: IdSchema,
  name: name(300),
  /** "Det här menar vi med målet". */
  description: ParagraphsSchema.default([]),
  focus: ParagraphsSchema.default([]),
  reason: ReasonSchema,
});
export type GoalCreate = z.infer<typeof GoalCreateSchema>;

export const GoalChangeSchema = z.object({
  areaId: IdSchema.optional(),
  name: name(300).optional(),
  description: ParagraphsSchema.optional(),
  focus: ParagraphsSchema.optional(),
  position: z.number().int().min(1).max(1000).optional(),
  version: VersionSchema,
  reason: ReasonSchema,
});
export type GoalChange = z.infer<typeof GoalChangeSchema>;

/** Which measure of an earlier period a new measure continues: the same time series. */
export const MeasureRefSchema = z.object({
  periodId: IdSchema,
  number: z.number().int().min(1).max(10_000),
});

const UnitCodeSchema = z.string().trim().min(1).max(20).nullable();

export const MeasureCreateSchema = z.object({
  goalId: IdSchema,
  name: name(300),
  /** "Det här jobbar vi särskilt för". */
  statement: z.string().trim().max(300, 'Högst 300 tecken').default(''),
  dataSource: z.string().trim().max(300, 'Högst 300 tecken').default(''),
  category: CategorySchema.default('Resultat'),
  unit: z.string().trim().min(1, 'Fyll i enhet').max(40, 'Högst 40 tecken'),
  scaleMin: z.number().nullable().default(null),
  scaleMax: z.number().nullable().default(null),
  direction: DirectionSchema,
  decimals: z.number().int().min(0, 'Minst 0').max(4, 'Högst 4'),
  koladaKpi: DefinitionChangeSchema.shape.koladaKpi.unwrap().default(null),
  /** The sammankallande unit's code. */
  responsibleUnit: UnitCodeSchema.default(null),
  continues: MeasureRefSchema.optional(),
  reason: ReasonSchema,
});
export type MeasureCreate = z.infer<typeof MeasureCreateSchema>;

/** A definition change (the definitions module's), plus where the measure stands. */
export const MeasureChangeSchema = DefinitionChangeSchema.extend({
  goalId: IdSchema.optional(),
  /** Place among the goal's measures, 1 = first; numbers follow the order within the period. */
  position: z.number().int().min(1).max(1000).optional(),
});
export type MeasureChange = z.infer<typeof MeasureChangeSchema>;

export const MeasureNumberParamsSchema = PeriodParamsSchema.extend({
  number: z.coerce.number().int().min(1).max(10_000),
});
export const StructureItemParamsSchema = PeriodParamsSchema.extend({
  itemId: z.coerce.number().int().min(1).max(1e9),
});

export const RemovalQuerySchema = z.object({
  version: z.coerce.number().int().min(1),
  reason: z.string().trim().max(500, 'Högst 500 tecken').optional(),
});

/** A measure removed (nothing was recorded for it) or retired (its data kept). */
export const MeasureRemovalSchema = z.object({ outcome: z.enum(['removed', 'retired']) });

export const StructureHistoryEntrySchema = z.object({
  subject: z.enum(['period', 'area', 'goal', 'measure']),
  subjectId: z.number().int(),
  action: z.enum(['created', 'changed', 'moved', 'retired', 'removed']),
  oldState: z.record(z.string(), z.unknown()).nullable(),
  newState: z.record(z.string(), z.unknown()).nullable(),
  changedBy: z.string(),
  changedAt: z.string(),
  reason: z.string().nullable(),
});
export type StructureHistoryEntry = z.infer<typeof StructureHistoryEntrySchema>;
