import { z } from 'zod';
import {
  MeasureDefinitionSchema,
  OutcomeSchema,
  PublishedValueSchema,
  SourceDocumentSchema,
  TargetSchema,
} from './measure';
import { UnitSchema } from './unit';
import { ActivityStatusSchema } from './activity-plan';

// The shape of data/seed/*.json: what scripts/extract-seed.ts writes and the database is built from.
export const SeedPeriodSchema = z.object({
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  vision: z.string(),
  source: SourceDocumentSchema,
  areas: z.array(
    z.object({
      name: z.string(),
      goals: z.array(
        z.object({
          name: z.string(),
          description: z.array(z.string()),
          focus: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type SeedPeriod = z.infer<typeof SeedPeriodSchema>;

export const SeedMeasureSchema = MeasureDefinitionSchema.extend({
  goal: z.string(),
  outcomes: z.array(OutcomeSchema),
  targets: z.array(TargetSchema),
  /** Which document the current outcomes and targets come from. */
  source: SourceDocumentSchema,
  publishedValues: z.array(PublishedValueSchema),
});
export type SeedMeasure = z.infer<typeof SeedMeasureSchema>;

export const SeedActivitySchema = z.object({
  year: z.number().int(),
  measureNumber: z.number().int(),
  position: z.number().int(),
  units: z.array(z.string()).min(1),
  unitsRaw: z.string(),
  verksamhet: z.string().nullable(),
  text: z.string().min(1),
  antal: z.string().nullable(),
  antalMin: z.number().nullable(),
  antalMax: z.number().nullable(),
  countUnit: z.string().nullable(),
  comment: z.string().nullable(),
  source: SourceDocumentSchema,
  /** The result a later document reports (an årsredovisning), with where it says so. */
  followUp: z
    .object({
      status: ActivityStatusSchema,
      comment: z.string().min(1),
      date: z.string(),
      source: SourceDocumentSchema,
      page: z.number().int().min(1),
    })
    .nullable(),
  /** The earlier year's activity this one was moved from ("Flyttat från 2023 till 2024"). */
  movedFrom: z
    .object({ year: z.number().int(), measureNumber: z.number().int(), position: z.number().int() })
    .nullable(),
});
export type SeedActivity = z.infer<typeof SeedActivitySchema>;

export const SeedUnitSchema = UnitSchema;

/** The municipality the documents are of, as they name it ("Ludvika kommun"). */
export const SeedOrganisationSchema = z.object({ name: z.string().min(1) });
export type SeedOrganisation = z.infer<typeof SeedOrganisationSchema>;
export type SeedUnit = z.infer<typeof SeedUnitSchema>;

export const SEED_FILES = {
  period: 'period.json',
  measures: 'measures.json',
  activities: 'activities.json',
  units: 'units.json',
  organisation: 'organisation.json',
  internalControl: 'internal-control.json',
} as const;
