import {
  CONTROL_ACTION_STATUS_LABELS,
  CONTROL_ASSESSMENT_LABELS,
  ControlAssessmentSchema,
  riskScore,
  type ControlPlan,
  type ControlPoint,
  type ControlSummary,
  type ControlUnitReport,
  type Risk,
} from './schemas/internal-control';
import type { CsvCell } from './csv';

// The intern kontroll's tables with the documents' columns, for the CSV and XLSX files (and
// their headings for the pages' tables): one set of rows per table.

export const RISK_COLUMNS = [
  'Nivå',
  'Nr',
  'Risk / negativ händelse / tänkbar kontrollpunkt',
  'System / process / rutin',
  'Lag / förordning / föreskrift / styrdokument etc',
  'Tidsperiod',
  'Metod',
  'Sannolikhet (1-4)',
  'Konsekvens (1-4)',
  'Riskpoäng (1-16)',
  'Kontrollpunkt',
] as const;

export const CONTROL_POINT_COLUMNS = [
  'Plan',
  'Status',
  'Nr',
  'Kontrollpunkt',
  'Kommungemensam',
  'Lag / förordning / föreskrift / styrdokument etc',
  'Tidsperiod',
  'Metod',
  'Ansvarig funktion',
  'Beräknad tidsåtgång',
  'Uppföljningen på tjänstemannanivå ska senast vara klar',
  'Nämndens/bolagsstyrelsens uppföljning ska senast rapporteras till KS',
] as const;

export const FOLLOW_UP_COLUMNS = [
  'Enhet',
  'Nr',
  'Kontrollpunkt',
  'Kommungemensam',
  'Vad kontrollerades',
  'Hur',
  'Urval',
  'Iakttagelser',
  'Bedömning',
  'Åtgärder',
] as const;

/** The koncern's summary: per common kontrollpunkt, the units' assessments counted. */
export const SUMMARY_COLUMNS = [
  'Nr',
  'Kommungemensam kontrollpunkt',
  ...ControlAssessmentSchema.options.map((assessment) => CONTROL_ASSESSMENT_LABELS[assessment]),
  'Ej uppföljd',
  'Ej uppföljd av',
  'Öppna åtgärder',
] as const;

export const KONCERN = 'Kommunkoncernen';
const level = (unit: string | null) => unit ?? KONCERN;
const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');

export function riskRows(risks: readonly Risk[]): CsvCell[][] {
  return risks.map((r) => [
    level(r.unit),
    r.position,
    r.text,
    r.process,
    r.regulation,
    r.period,
    r.method,
    r.sannolikhet,
    r.konsekvens,
    riskScore(r.sannolikhet, r.konsekvens),
    yesNo(r.controlPoint),
  ]);
}

const PLAN_STATUS = { draft: 'Utkast', decided: 'Beslutad' } as const;

export function controlPlanRows(plans: readonly ControlPlan[]): CsvCell[][] {
  return plans.flatMap((plan) =>
    plan.controlPoints.map((p: ControlPoint) => [
      level(plan.unit),
      plan.status === 'decided'
        ? `${PLAN_STATUS.decided} ${plan.date ?? ''} ${plan.decisionParagraph ?? ''}`.trim()
        : PLAN_STATUS.draft,
      p.position,
      p.text,
      yesNo(plan.unit === null || p.commonId !== null),
      p.regulation,
      p.period,
      p.method,
      p.responsible,
      p.timeEstimate,
      p.deadlineFollowUp,
      p.deadlineReport,
    ]),
  );
}

export function followUpRows(reports: readonly ControlUnitReport[]): CsvCell[][] {
  return reports.flatMap((report) =>
    report.rows.map(({ controlPoint, common, followUp }) => [
      report.unit,
      controlPoint.position,
      controlPoint.text,
      yesNo(common),
      followUp?.checked ?? null,
      followUp?.how ?? null,
      followUp?.sampleSize ?? null,
      followUp?.findings ?? null,
      followUp ? CONTROL_ASSESSMENT_LABELS[followUp.assessment] : 'Ej uppföljd',
      followUp?.actions
        .map(
          (a) =>
            `${a.text} (ansvarig ${a.owner}, senast ${a.dueDate}, ${CONTROL_ACTION_STATUS_LABELS[a.status].toLowerCase()})`,
        )
        .join('\n') ?? null,
    ]),
  );
}

export function summaryRows(summary: ControlSummary): CsvCell[][] {
  return summary.rows.map(({ controlPoint, counts, missing, openActions }) => [
    controlPoint.position,
    controlPoint.text,
    ...ControlAssessmentSchema.options.map((assessment) => counts[assessment]),
    missing.length,
    missing.join(', ') || null,
    openActions,
  ]);
}
