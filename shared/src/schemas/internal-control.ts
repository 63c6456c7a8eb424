import { z } from 'zod';
import { SourceDocumentSchema } from './measure';
import { IsoDateSchema, UnitCodeSchema } from './text';

// Intern kontroll (internal control): each year a risk analysis per level (the kommunkoncern, or
// one nämnd/bolag, here its unit), the kommunövergripande plan with the common kontrollpunkter
// every unit follows up, each unit's plan with the common ones and its own, and the follow-up of
// every kontrollpunkt per unit, reported to KS.

const YearSchema = z.number().int().min(2000).max(2100);
const ScaleSchema = z.number().int().min(1, 'Välj 1–4').max(4, 'Välj 1–4');
const OptionalText = z.string().trim().max(2000).nullable();

/** riskpoäng = sannolikhet × konsekvens (1–16): always computed, never stored or typed. */
export function riskScore(sannolikhet: number, konsekvens: number): number {
  return sannolikhet * konsekvens;
}

export const RISK_SCALE = [1, 2, 3, 4] as const;

/** What a risk's row says, as written (system/process/rutin, regulation, period, method). */
export const RiskFieldsSchema = z.object({
  text: z.string().trim().min(1, 'Skriv risken').max(2000),
  process: OptionalText,
  regulation: OptionalText,
  period: OptionalText,
  method: OptionalText,
  sannolikhet: ScaleSchema,
  konsekvens: ScaleSchema,
  /** The decision whether the risk becomes a kontrollpunkt of the plan. */
  controlPoint: z.boolean(),
});
export type RiskFields = z.infer<typeof RiskFieldsSchema>;

export const RiskSchema = RiskFieldsSchema.extend({
  id: z.number().int(),
  year: YearSchema,
  /** The unit's code, null for the kommunkoncern's analysis. */
  unit: z.string().nullable(),
  position: z.number().int(),
  riskpoang: z.number().int().min(1).max(16),
  version: z.number().int(),
});
export type Risk = z.infer<typeof RiskSchema>;

export const RiskCreateSchema = RiskFieldsSchema.extend({
  year: YearSchema,
  unit: UnitCodeSchema.nullable(),
});
export const RiskChangeSchema = RiskFieldsSchema.extend({ version: z.number().int() });

export const ControlPointFieldsSchema = z.object({
  text: z.string().trim().min(1, 'Skriv kontrollpunkten').max(2000),
  /** Lag / förordning / föreskrift / styrdokument. */
  regulation: OptionalText,
  period: OptionalText,
  method: OptionalText,
  /** Ansvarig funktion. */
  responsible: OptionalText,
  /** Beräknad tidsåtgång. */
  timeEstimate: OptionalText,
  /** The date by which the officials' follow-up is done. */
  deadlineFollowUp: IsoDateSchema.nullable(),
  /** The date by which the nämnd's (bolagsstyrelse's) follow-up is reported to KS. */
  deadlineReport: IsoDateSchema.nullable(),
});

export const ControlPointSchema = ControlPointFieldsSchema.extend({
  id: z.number().int(),
  position: z.number().int(),
  /** For a unit plan's row of a common kontrollpunkt: that kontrollpunkt's id in the koncern's plan. */
  commonId: z.number().int().nullable(),
  /** The risk it comes from. */
  riskId: z.number().int().nullable(),
  version: z.number().int(),
});
export type ControlPoint = z.infer<typeof ControlPointSchema>;

/** A kontrollpunkt written in the app: its columns and the risk (same year and level) it comes from. */
export const ControlPointInputSchema = ControlPointFieldsSchema.extend({
  riskId: z.number().int().min(1).nullable(),
});
export type ControlPointInput = z.infer<typeof ControlPointInputSchema>;
export const ControlPointChangeSchema = ControlPointInputSchema.extend({
  version: z.number().int().min(1),
});
export type ControlPointChange = z.infer<typeof ControlPointChangeSchema>;

/**
 * A new year's plan, as a draft: the kommunövergripande one (unit null) or a unit's, which starts
 * with the year's common kontrollpunkter (and gets every one added to the koncern's plan later).
 */
export const ControlPlanCreateSchema = z.object({
  year: YearSchema,
  unit: UnitCodeSchema.nullable(),
});
export type ControlPlanCreate = z.infer<typeof ControlPlanCreateSchema>;

export const ControlPlanStatusSchema = z.enum(['draft', 'decided'], {
  error: 'Välj utkast eller beslutad',
});
export type ControlPlanStatus = z.infer<typeof ControlPlanStatusSchema>;

/** An earlier state of a plan (the proposal before the decision), kept as it was published. */
export const ControlPlanHistoryEntrySchema = z.object({
  status: ControlPlanStatusSchema,
  date: IsoDateSchema,
  decisionParagraph: z.string().nullable(),
  controlPoints: z.array(ControlPointFieldsSchema.extend({ position: z.number().int() })),
  source: SourceDocumentSchema.nullable(),
  recordedBy: z.string().nullable(),
});

export const ControlPlanSchema = z.object({
  id: z.number().int(),
  year: YearSchema,
  /** The unit's code, null for the kommunövergripande plan. */
  unit: z.string().nullable(),
  status: ControlPlanStatusSchema,
  /** The date the plan is dated (a draft) or was decided. */
  date: IsoDateSchema.nullable(),
  /** The decision's paragraph ("§ 194"), when decided. */
  decisionParagraph: z.string().nullable(),
  controlPoints: z.array(ControlPointSchema),
  history: z.array(ControlPlanHistoryEntrySchema),
  version: z.number().int(),
});
export type ControlPlan = z.infer<typeof ControlPlanSchema>;

export const ControlPlanDecisionSchema = z.object({
  decidedOn: IsoDateSchema,
  decisionParagraph: z.string().trim().min(1, 'Skriv paragrafen, t.ex. § 194').max(40),
  version: z.number().int(),
});

export const ControlAssessmentSchema = z.enum(
  ['no_remarks', 'deficiencies', 'serious_deficiencies'],
  { error: 'Välj en bedömning' },
);
export type ControlAssessment = z.infer<typeof ControlAssessmentSchema>;
export const CONTROL_ASSESSMENT_LABELS: Record<ControlAssessment, string> = {
  no_remarks: 'Inga anmärkningar',
  deficiencies: 'Brister',
  serious_deficiencies: 'Allvarliga brister',
};

export const ControlActionStatusSchema = z.enum(['planned', 'in_progress', 'done'], {
  error: 'Välj en status',
});
export type ControlActionStatus = z.infer<typeof ControlActionStatusSchema>;
export const CONTROL_ACTION_STATUS_LABELS: Record<ControlActionStatus, string> = {
  planned: 'Planerad',
  in_progress: 'Pågår',
  done: 'Genomförd',
};

/** An åtgärd against a deficiency the follow-up found. */
export const ControlActionInputSchema = z.object({
  text: z.string().trim().min(1, 'Skriv åtgärden').max(2000),
  owner: z.string().trim().min(1, 'Skriv vem som ansvarar').max(200),
  dueDate: IsoDateSchema,
  status: ControlActionStatusSchema,
});
export const ControlActionSchema = ControlActionInputSchema.extend({ id: z.number().int() });

export const ControlFollowUpFieldsSchema = z.object({
  /** What was checked. */
  checked: z.string().trim().min(1, 'Skriv vad som kontrollerades').max(4000),
  /** How it was checked (stickprov, totalundersökning …). */
  how: z.string().trim().min(1, 'Skriv hur det kontrollerades').max(2000),
  sampleSize: z.number().int().min(0, 'Urvalet kan inte vara negativt').max(1_000_000).nullable(),
  findings: z.string().trim().max(4000),
  assessment: ControlAssessmentSchema,
  actions: z.array(ControlActionInputSchema).max(50),
});
export const ControlFollowUpInputSchema = ControlFollowUpFieldsSchema.extend({
  /** 0 for the first follow-up of the kontrollpunkt and unit. */
  version: z.number().int().min(0),
});

export const ControlFollowUpSchema = ControlFollowUpFieldsSchema.extend({
  controlPointId: z.number().int(),
  unit: z.string(),
  actions: z.array(ControlActionSchema),
  version: z.number().int(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type ControlFollowUp = z.infer<typeof ControlFollowUpSchema>;

export const ControlFollowUpParamsSchema = z.object({
  controlPointId: z.coerce.number().int(),
  unit: z.string().min(1).max(10),
});

/** The unit's follow-up report to KS: its follow-ups of the year's kontrollpunkter. */
export const ControlUnitReportSchema = z.object({
  year: YearSchema,
  unit: z.string(),
  rows: z.array(
    z.object({
      controlPoint: ControlPointSchema,
      common: z.boolean(),
      followUp: ControlFollowUpSchema.nullable(),
    }),
  ),
});
export type ControlUnitReport = z.infer<typeof ControlUnitReportSchema>;

/** The koncern's summary: per common kontrollpunkt, how many units assessed it how. */
export const ControlSummarySchema = z.object({
  year: YearSchema,
  rows: z.array(
    z.object({
      controlPoint: ControlPointSchema,
      counts: z.record(ControlAssessmentSchema, z.number().int()),
      missing: z.array(z.string()),
      openActions: z.number().int(),
    }),
  ),
});
export type ControlSummary = z.infer<typeof ControlSummarySchema>;

export const ControlYearQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});

export const ControlPublicationSchema = z.object({ year: YearSchema, published: z.boolean() });

// The shape of data/seed/internal-control.json.
export const SeedRiskSchema = RiskFieldsSchema.extend({
  year: YearSchema,
  unit: z.string().nullable(),
  position: z.number().int(),
  source: SourceDocumentSchema,
});
export type SeedRisk = z.infer<typeof SeedRiskSchema>;

export const SeedControlPointSchema = ControlPointFieldsSchema.extend({
  position: z.number().int(),
  /** The position of the common kontrollpunkt in the kommunövergripande plan of the year. */
  common: z.number().int().nullable(),
  /** The position of the risk (same year and level) it comes from. */
  risk: z.number().int().nullable(),
});
export type SeedControlPoint = z.infer<typeof SeedControlPointSchema>;

export const SeedControlPlanSchema = z.object({
  year: YearSchema,
  unit: z.string().nullable(),
  status: ControlPlanStatusSchema,
  date: IsoDateSchema,
  decisionParagraph: z.string().nullable(),
  controlPoints: z.array(SeedControlPointSchema),
  source: SourceDocumentSchema,
  history: z.array(
    z.object({
      status: ControlPlanStatusSchema,
      date: IsoDateSchema,
      decisionParagraph: z.string().nullable(),
      controlPoints: z.array(SeedControlPointSchema),
      source: SourceDocumentSchema,
    }),
  ),
});
export type SeedControlPlan = z.infer<typeof SeedControlPlanSchema>;

export const SeedInternalControlSchema = z.object({
  risks: z.array(SeedRiskSchema),
  plans: z.array(SeedControlPlanSchema),
});
export type SeedInternalControl = z.infer<typeof SeedInternalControlSchema>;
