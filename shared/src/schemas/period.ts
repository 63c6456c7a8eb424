import { z } from 'zod';

// Period = mandatperiod for the goals (e.g. 2021–2025); area = strategiskt målområde;
// goal = kommunövergripande verksamhetsmål.
export const PeriodSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  vision: z.string(),
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
});
export type Goal = z.infer<typeof GoalSchema>;

export const AreaSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  goals: z.array(GoalSchema),
});
export type Area = z.infer<typeof AreaSchema>;

export const PeriodDetailSchema = PeriodSchema.extend({ areas: z.array(AreaSchema) });
export type PeriodDetail = z.infer<typeof PeriodDetailSchema>;
