import { z } from 'zod';

// Period = mandatperiod for the goals (e.g. 2021–2025); area = strategiskt målområde;
// goal = kommunövergripande verksamhetsmål.
/**
 * planning = being prepared, not public unless `public` (shown as "Förslag"); active = public,
 * open for entry; closed = read-only, corrected only by an administrator with a reason.
 */
export const PeriodStatusSchema = z.enum(['planning', 'active', 'closed']);
export type PeriodStatus = z.infer<typeof PeriodStatusSchema>;

export const PeriodSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  vision: z.string(),
  status: PeriodStatusSchema,
  /** A planning period the public may see, marked "Förslag". Active and closed ones always are. */
  public: z.boolean(),
  version: z.number().int(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const GoalSchema = z.object({
  id: z.number().int(),
  areaId: z.number().int(),
  name: z.string(),
  /** "Det här menar vi med målet": one string per paragraph. */
  description: z.array(z.string()),
  /** "Det här jobbar vi särskilt för": one string per bullet. */
  focus: z.array(z.string()),
  measureNumbers: z.array(z.number().int()),
  version: z.number().int(),
});
export type Goal = z.infer<typeof GoalSchema>;

export const AreaSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  goals: z.array(GoalSchema),
  version: z.number().int(),
});
export type Area = z.infer<typeof AreaSchema>;

export const PeriodDetailSchema = PeriodSchema.extend({ areas: z.array(AreaSchema) });
export type PeriodDetail = z.infer<typeof PeriodDetailSchema>;

export const PeriodParamsSchema = z.object({ id: z.coerce.number().int().min(1).max(1e9) });

/** ?period= of every per-period read and write; without it, the current period. */
export const PeriodQuerySchema = z.object({
  period: z.coerce.number().int().min(1).max(1e9).optional(),
});
export type PeriodQuery = z.infer<typeof PeriodQuerySchema>;
