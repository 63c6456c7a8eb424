import { z } from 'zod';
import { CreateUserSchema } from './auth';

// The first run on an empty database (/kom-igang, decision 014): which steps of setting up a
// municipality are done, worked out from the database, and the one-time creation of the first
// administrator.

export const SETUP_STEPS = [
  'admin',
  'profile',
  'period',
  'structure',
  'units',
  'published',
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const SetupStatusSchema = z.object({
  /** Each step, in order: done or not. */
  steps: z.object(
    Object.fromEntries(SETUP_STEPS.map((step) => [step, z.boolean()])) as Record<
      SetupStep,
      z.ZodBoolean
    >,
  ),
  /** The newest period, the one the structure and publishing steps go on with; null without one. */
  periodId: z.number().int().nullable(),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

/** The first administrator: possible only while the database has no account, with the server's one-time code. */
export const FirstAdminSchema = CreateUserSchema.pick({
  username: true,
  displayName: true,
  password: true,
}).extend({
  setupCode: z.string().trim().min(1, 'Fyll i engångskoden från serverns logg').max(200),
});
export type FirstAdmin = z.infer<typeof FirstAdminSchema>;
