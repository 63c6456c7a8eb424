import { z } from 'zod';

// unit = koncernenhet: förvaltning, bolag or förbund of the kommunkoncern.
export const UnitSchema = z.object({
  code: z.string(),
  name: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const UnitWithCountsSchema = UnitSchema.extend({
  /** Activities per year, counted from the activity rows (an activity of several units counts for each). */
  activityCounts: z.array(z.object({ year: z.number().int(), count: z.number().int() })),
});
export type UnitWithCounts = z.infer<typeof UnitWithCountsSchema>;
