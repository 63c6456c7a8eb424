import type { Measure, Outcome } from './schemas/measure';
import type {
  AssessmentState,
  BaselineResult,
  MeasurePeriodAssessment,
  NoDataReason,
  Overview,
  OverviewMeasure,
  PeriodStatusCounts,
  PeriodStatusKey,
  PeriodStatusResult,
  ProgressResult,
  ProjectionResult,
  StateCounts,
  UnavailableReason,
  YearValue,
} from './schemas/overview';
import type { Period, PeriodDetail } from './schemas/period';

// Assessment of a measure (resultatmått) against its targets (målvärden), shared by the API and
// the SPA. Two questions, two answers (docs/decisions/010-progress-status.md):
// - The year against the year's target: met when its outcome, rounded to the measure's
//   decimals, reaches the year's target in the measure's direction; improving when not met but
//   better than the outcome before; not met otherwise; no data without an outcome or a target,
//   with why.
// - The period against its end target (the period status): the pace since the baseline against
//   the pace needed, in the manner of Open SDG's progress status.
// Period figures give a reason instead of a guess. These are the product description's rules
// ("Assessment — what the states mean"); assessment.test.ts states them as properties.

/**
 * Open SDG (after Statistics Canada) calls a pace of at least 95 % of the pace needed "on
 * track": a small shortfall in one year is noise, not a verdict.
 */
export const ON_TRACK_RATIO = 0.95;

const ON_TRACK_PERCENT = `${String(ON_TRACK_RATIO * 100)}\u00a0%`;

/** Short labels for badges. "improving" is not met: it must never read as "partly met". */
export const STATE_LABELS: Record<AssessmentState, string> = {
  met: 'Uppnått',
  improving: 'Ej uppnått – bättre än året före',
  not_met: 'Ej uppnått',
  no_data: 'Saknas',
};

/** Says the state in words, so colour is never the only carrier of it. */
export const STATE_TEXT_ALTERNATIVES: Record<AssessmentState, string> = {
  met: 'Årets målvärde är uppnått',
  improving: 'Årets målvärde är inte uppnått, men utfallet är bättre än det föregående utfallet',
  not_met: 'Årets målvärde är inte uppnått, och utfallet är inte bättre än det föregående utfallet',
  no_data: 'Utfall eller målvärde saknas för året, så det går inte att bedöma',
};

export const NO_DATA_REASON_TEXTS: Record<NoDataReason, string> = {
  not_published: 'Utfallet är inte publicerat ännu',
  not_measured: 'Inget utfall mättes det året',
  no_target: 'Inget målvärde är satt för året',
};

export const PERIOD_STATUS_LABELS: Record<PeriodStatusKey, string> = {
  target_reached: 'Slutmålet nått',
  on_track: 'I takt mot slutmålet',
  too_slow: 'För långsamt mot slutmålet',
  wrong_direction: 'Åt fel håll',
  not_assessable: 'Kan inte bedömas',
};

/** What each period status means, for the legend and the page that explains the method. */
export const PERIOD_STATUS_TEXT_ALTERNATIVES: Record<PeriodStatusKey, string> = {
  target_reached: 'Det senaste utfallet når redan periodens slutmål',
  on_track: `Utvecklingen sedan utgångsläget går minst ${ON_TRACK_PERCENT} så fort som den behöver för att nå slutmålet i tid`,
  too_slow: `Utvecklingen går åt rätt håll, eller står still, men långsammare än ${ON_TRACK_PERCENT} av den takt som behövs för att nå slutmålet i tid`,
  wrong_direction: 'Det senaste utfallet är sämre än utgångsläget före perioden',
  not_assessable: 'Utgångsläge, slutmål eller utfall under perioden saknas',
};

export const UNAVAILABLE_REASON_TEXTS: Record<UnavailableReason, string> = {
  no_baseline: 'Inget utfall före perioden att utgå från',
  no_end_target: 'Inget målvärde för periodens slutår',
  no_outcome_in_period: 'Inget utfall under perioden ännu',
  too_few_points: 'För få utfall för att beräkna en trend (minst tre behövs)',
  target_equals_baseline:
    'Målvärdet är detsamma som utgångsläget, så det finns ingen sträcka att mäta hur långt man kommit',
  out_of_range: 'Utfallen är för stora för att räkna med; kontrollera dem',
};

/** A figure computed from stored outcomes can overflow (1.7e308 is a valid double): never show it. */
const allFinite = (...values: number[]) => values.every(Number.isFinite);

type AssessedMeasure = Pick<Measure, 'direction' | 'decimals' | 'outcomes' | 'targets'>;
type PeriodYears = Pick<Period, 'startYear' | 'endYear'>;
type ValuedOutcome = Outcome & { value: number };

/**
 * The value in units of the measure's last decimal, rounded half away from zero. Comparing
 * these integers instead of the raw numbers keeps 0.1 + 0.2 equal to 0.3 at one decimal, and
 * rounding symmetrically keeps "up" and "down" mirror images of each other.
 */
function inLastDecimal(value: number, decimals: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 10 ** decimals);
}

/** value − other at the measure's precision, in units of its last decimal. */
function difference(value: number, other: number, decimals: number): number {
  return inLastDecimal(value, decimals) - inLastDecimal(other, decimals);
}

/** value − other in the better direction, at the measure's precision: > 0 means better. */
function advantage(value: number, other: number, measure: Pick<Measure, 'direction' | 'decimals'>) {
  const change = difference(value, other, measure.decimals);
  return measure.direction === 'up' ? change : -change;
}

function reaches(value: number, target: number, measure: Pick<Measure, 'direction' | 'decimals'>) {
  return advantage(value, target, measure) >= 0;
}

function isValued(outcome: Outcome): outcome is ValuedOutcome {
  return outcome.value !== null;
}

function valuedOutcomes(measure: AssessedMeasure): ValuedOutcome[] {
  return measure.outcomes.filter(isValued).sort((a, b) => a.year - b.year);
}

/** The latest valued outcome in [fromYear, toYear]. */
function latestOutcomeBetween(
  measure: AssessedMeasure,
  fromYear: number,
  toYear: number,
): YearValue | null {
  const outcome = valuedOutcomes(measure).findLast((o) => o.year >= fromYear && o.year <= toYear);
  return outcome ? { year: outcome.year, value: outcome.value } : null;
}

function targetIn(measure: AssessedMeasure, year: number): number | null {
  return measure.targets.find((t) => t.year === year)?.value ?? null;
}

function stateOf(
  outcome: number,
  target: number,
  previous: YearValue | null,
  measure: AssessedMeasure,
): AssessmentState {
  if (reaches(outcome, target, measure)) return 'met';
  // Strictly better: holding steady below the target is not progress.
  if (previous && advantage(outcome, previous.value, measure) > 0) return 'improving';
  return 'not_met';
}

export interface YearAssessment {
  year: number;
  state: AssessmentState;
  /** The outcome is preliminary or for part of the year; false when nothing was assessed. */
  provisional: boolean;
  outcome: number | null;
  /** Kept even without a value: it often says why the value is missing. */
  outcomeNote: string | null;
  target: number | null;
  /** The latest earlier outcome with a value, which need not be the year before. */
  previous: YearValue | null;
  /** Kept even without a value: "Målvärden fastställs senare". */
  targetNote: string | null;
  /** Why the state is no_data (outcome first, then target); empty otherwise. */
  noDataReasons: NoDataReason[];
}

/** Why a year has no outcome or no target to assess. */
function noDataReasonsOf(
  measure: AssessedMeasure,
  year: number,
  hasOutcome: boolean,
  hasTarget: boolean,
): NoDataReason[] {
  const reasons: NoDataReason[] = [];
  if (!hasOutcome) {
    // A later figure shows the measure is published: this year was skipped, not late.
    const later = latestOutcomeBetween(measure, year + 1, Infinity);
    reasons.push(later ? 'not_measured' : 'not_published');
  }
  if (!hasTarget) reasons.push('no_target');
  return reasons;
}

/** The state of one measure in one year. */
export function assessYear(measure: AssessedMeasure, year: number): YearAssessment {
  const outcome = measure.outcomes.find((o) => o.year === year);
  const target = targetIn(measure, year);
  const previous = latestOutcomeBetween(measure, -Infinity, year - 1);
  const shown = {
    year,
    outcome: outcome?.value ?? null,
    outcomeNote: outcome?.note ?? null,
    target,
    targetNote: measure.targets.find((t) => t.year === year)?.note ?? null,
    previous,
  };
  if (!outcome || !isValued(outcome) || target === null) {
    const valued = outcome !== undefined && isValued(outcome);
    const noDataReasons = noDataReasonsOf(measure, year, valued, target !== null);
    return { ...shown, state: 'no_data', provisional: false, noDataReasons };
  }
  return {
    ...shown,
    state: stateOf(outcome.value, target, previous, measure),
    provisional: outcome.status !== 'final',
    noDataReasons: [],
  };
}

interface PeriodFacts {
  baseline: YearValue | null;
  endTarget: number | null;
  /** The latest outcome within the period. */
  latest: YearValue | null;
}

/** All three facts, or the first one missing, in the order a controller would supply them. */
function completeFacts({ baseline, endTarget, latest }: PeriodFacts) {
  if (!baseline) return 'no_baseline' as const;
  if (endTarget === null) return 'no_end_target' as const;
  if (!latest) return 'no_outcome_in_period' as const;
  return { baseline, endTarget, latest };
}

function progressOf(facts: PeriodFacts, measure: AssessedMeasure): ProgressResult {
  const known = completeFacts(facts);
  if (typeof known === 'string') return { ok: false, reason: known };
  const { baseline, endTarget, latest } = known;
  const distanceToCover = difference(endTarget, baseline.value, measure.decimals);
  // A share of no distance has no meaning: the target is to stay where the baseline was.
  if (distanceToCover === 0) return { ok: false, reason: 'target_equals_baseline' };
  const share = difference(latest.value, baseline.value, measure.decimals) / distanceToCover;
  if (!allFinite(share)) return { ok: false, reason: 'out_of_range' };
  return { ok: true, value: { share, latest, endTarget } };
}

/**
 * The period against its end target: the change per year since the baseline against the change
 * per year needed to reach the end target in the end year, with the outcomes up to `asOfYear`.
 * Linear paces, not Open SDG's compound growth rates: those fail for a baseline of zero or
 * values of both signs, and the straight line is the one the chart draws (decision 010).
 */
export function assessPeriodStatus(
  measure: AssessedMeasure,
  period: PeriodYears,
  asOfYear: number = period.endYear,
): PeriodStatusResult {
  const facts: PeriodFacts = {
    baseline: latestOutcomeBetween(measure, -Infinity, period.startYear - 1),
    endTarget: targetIn(measure, period.endYear),
    latest: latestOutcomeBetween(measure, period.startYear, Math.min(asOfYear, period.endYear)),
  };
  const known = completeFacts(facts);
  if (typeof known === 'string') return { ok: false, reason: known };
  const { baseline, endTarget, latest } = known;
  const yearsSoFar = latest.year - baseline.year;
  const yearsInAll = period.endYear - baseline.year;
  const achievedPerYear = (latest.value - baseline.value) / yearsSoFar;
  const neededPerYear = (endTarget - baseline.value) / yearsInAll;
  // Compared at the measure's precision, in the better direction: > 0 means better.
  const gained = advantage(latest.value, baseline.value, measure);
  const needed = advantage(endTarget, baseline.value, measure);
  // + 0 turns −0 (no change, lower is better) into 0.
  const ratio = needed > 0 ? gained / yearsSoFar / (needed / yearsInAll) + 0 : null;
  if (!allFinite(achievedPerYear, neededPerYear, ratio ?? 0)) {
    return { ok: false, reason: 'out_of_range' };
  }
  const level = reaches(latest.value, endTarget, measure)
    ? 'target_reached'
    : gained < 0
      ? 'wrong_direction'
      : // Not reached and not worse, so the target lies ahead of the baseline: ratio is set.
        (ratio ?? 0) >= ON_TRACK_RATIO
        ? 'on_track'
        : 'too_slow';
  const provisional = measure.outcomes.some((o) => o.year === latest.year && o.status !== 'final');
  return {
    ok: true,
    value: {
      level,
      baseline,
      latest,
      endTarget: { year: period.endYear, value: endTarget },
      achievedPerYear,
      neededPerYear,
      ratio,
      provisional,
    },
  };
}

/** The period status as one word, "cannot be assessed" included. */
export function periodStatusKey(status: PeriodStatusResult): PeriodStatusKey {
  return status.ok ? status.value.level : 'not_assessable';
}

export function countPeriodStatuses(statuses: readonly PeriodStatusResult[]): PeriodStatusCounts {
  const counts: PeriodStatusCounts = {
    target_reached: 0,
    on_track: 0,
    too_slow: 0,
    wrong_direction: 0,
    not_assessable: 0,
  };
  for (const status of statuses) counts[periodStatusKey(status)] += 1;
  return counts;
}

/**
 * Ordinary least squares of value on year (needs two distinct years). Taken through the means
 * rather than an intercept at year 0, which would cancel large numbers against each other.
 */
function trendLine(points: readonly YearValue[]): {
  slope: number;
  valueAt: (year: number) => number;
} {
  const meanYear = points.reduce((sum, p) => sum + p.year, 0) / points.length;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.year - meanYear) * (p.value - meanValue);
    variance += (p.year - meanYear) ** 2;
  }
  const slope = covariance / variance;
  return { slope, valueAt: (year) => meanValue + slope * (year - meanYear) };
}

const MIN_TREND_POINTS = 3;

function projectionOf(
  { baseline, endTarget }: PeriodFacts,
  measure: AssessedMeasure,
  endYear: number,
): ProjectionResult {
  if (!baseline) return { ok: false, reason: 'no_baseline' };
  if (endTarget === null) return { ok: false, reason: 'no_end_target' };
  const points = valuedOutcomes(measure).filter(
    (o) => o.year >= baseline.year && o.year <= endYear,
  );
  if (points.length < MIN_TREND_POINTS) return { ok: false, reason: 'too_few_points' };
  const { slope, valueAt } = trendLine(points);
  const value = valueAt(endYear);
  if (!allFinite(value, slope)) return { ok: false, reason: 'out_of_range' };
  return {
    ok: true,
    value: {
      endYear,
      value,
      slopePerYear: slope,
      reachesEndTarget: reaches(value, endTarget, measure),
    },
  };
}

function yearsOf({ startYear, endYear }: PeriodYears): number[] {
  return Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
}

/** Baseline, progress, period status and trend of one measure over a period, and its state each year. */
export function assessPeriod(
  measure: AssessedMeasure,
  period: PeriodYears,
): MeasurePeriodAssessment {
  const facts: PeriodFacts = {
    baseline: latestOutcomeBetween(measure, -Infinity, period.startYear - 1),
    endTarget: targetIn(measure, period.endYear),
    latest: latestOutcomeBetween(measure, period.startYear, period.endYear),
  };
  const baseline: BaselineResult = facts.baseline
    ? { ok: true, value: facts.baseline }
    : { ok: false, reason: 'no_baseline' };
  return {
    baseline,
    progress: progressOf(facts, measure),
    status: assessPeriodStatus(measure, period),
    projection: projectionOf(facts, measure, period.endYear),
    states: yearsOf(period).map((year) => {
      const { state, provisional, noDataReasons } = assessYear(measure, year);
      return { year, state, provisional, noDataReasons };
    }),
  };
}

export function countStates(states: readonly AssessmentState[]): StateCounts {
  const counts: StateCounts = { met: 0, improving: 0, not_met: 0, no_data: 0 };
  for (const state of states) counts[state] += 1;
  return counts;
}

function yearsWithOutcome(measures: readonly AssessedMeasure[]): number[] {
  const years = new Set(measures.flatMap((m) => valuedOutcomes(m).map((o) => o.year)));
  return [...years].sort((a, b) => a - b);
}

/** The latest year in which any measure has an outcome value; null when none has. */
export function latestYearWithOutcome(measures: readonly AssessedMeasure[]): number | null {
  return yearsWithOutcome(measures).at(-1) ?? null;
}

type OverviewInputMeasure = AssessedMeasure &
  Pick<Measure, 'number' | 'name' | 'unit' | 'goal'> &
  Partial<Pick<Measure, 'updatedAt'>>;

function overviewMeasure(
  measure: OverviewInputMeasure,
  period: PeriodYears,
  year: number,
): OverviewMeasure {
  const assessment = assessYear(measure, year);
  return {
    number: measure.number,
    name: measure.name,
    unit: measure.unit,
    decimals: measure.decimals,
    direction: measure.direction,
    state: assessment.state,
    provisional: assessment.provisional,
    outcome: assessment.outcome,
    outcomeNote: assessment.outcomeNote,
    target: assessment.target,
    previousOutcome: assessment.previous?.value ?? null,
    previousOutcomeYear: assessment.previous?.year ?? null,
    targetNote: assessment.targetNote,
    noDataReasons: assessment.noDataReasons,
    periodStatus: assessPeriodStatus(measure, period, year),
  };
}

/** The newest "Senast uppdaterad" of the measures: ISO dates and times sort as text. */
export function latestUpdate(measures: readonly Partial<Pick<Measure, 'updatedAt'>>[]) {
  return measures.reduce<string | null>(
    (latest, m) => (m.updatedAt && (!latest || m.updatedAt > latest) ? m.updatedAt : latest),
    null,
  );
}

/**
 * GET /api/overview: every area and goal of the period with its measures' states in `year`.
 * Without a year, the latest year of the period that has an outcome; years outside the period
 * are not offered, since the period's targets do not cover them.
 */
export function buildOverview(
  period: PeriodDetail,
  measures: readonly OverviewInputMeasure[],
  requestedYear?: number,
): Overview {
  const periodMeasures = measures.filter((m) =>
    period.areas.some((a) => a.goals.some((g) => g.id === m.goal.id)),
  );
  const availableYears = yearsWithOutcome(periodMeasures).filter(
    (y) => y >= period.startYear && y <= period.endYear,
  );
  const year = requestedYear ?? availableYears.at(-1) ?? period.startYear;
  const areas = period.areas.map((area) => {
    const goals = area.goals.map((goal) => {
      const goalMeasures = periodMeasures
        .filter((m) => m.goal.id === goal.id)
        .sort((a, b) => a.number - b.number)
        .map((m) => overviewMeasure(m, period, year));
      return {
        id: goal.id,
        name: goal.name,
        counts: countStates(goalMeasures.map((m) => m.state)),
        periodCounts: countPeriodStatuses(goalMeasures.map((m) => m.periodStatus)),
        measures: goalMeasures,
      };
    });
    const areaMeasures = goals.flatMap((g) => g.measures);
    return {
      id: area.id,
      name: area.name,
      counts: countStates(areaMeasures.map((m) => m.state)),
      periodCounts: countPeriodStatuses(areaMeasures.map((m) => m.periodStatus)),
      goals,
    };
  });
  return {
    year,
    availableYears,
    endYear: period.endYear,
    updatedAt: latestUpdate(periodMeasures),
    areas,
  };
}
