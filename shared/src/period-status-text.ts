import { PERIOD_STATUS_LABELS, periodStatusKey, UNAVAILABLE_REASON_TEXTS } from './assessment';
import {
  formatMeasureValue,
  formatShare,
  formatSwedishNumber,
  type ValueFormat,
} from './number-format';
import type { PeriodStatusResult } from './schemas/overview';

// The period status's reason in plain Swedish, with its figures: the same sentence on the pages
// and in the open data. Paces are changes per year; a change of a percentage is in
// procentenheter, and one more decimal than the measure keeps 1,6 a year from reading as 2.

/** +1,6 per år, −0,4 procentenheter per år. */
export function formatPace(perYear: number, format: ValueFormat): string {
  const number = formatSwedishNumber(perYear, format.decimals + 1);
  const signed = perYear > 0 ? `+${number}` : number;
  return `${signed} ${format.unit === '%' ? 'procentenheter ' : ''}per år`;
}

/** Why the period status is what it is. */
export function describePeriodStatus(status: PeriodStatusResult, format: ValueFormat): string {
  if (!status.ok) return `${UNAVAILABLE_REASON_TEXTS[status.reason]}.`;
  const { level, baseline, latest, endTarget, achievedPerYear, neededPerYear, ratio } =
    status.value;
  const value = (n: number) => formatMeasureValue(n, format);
  const latestText = `utfallet ${latest.year} (${value(latest.value)})`;
  const baselineText = `utgångsläget ${baseline.year} (${value(baseline.value)})`;
  const endText = `slutmålet ${value(endTarget.value)} år ${endTarget.year}`;
  if (level === 'target_reached') return `Det senaste ${latestText} når ${endText}.`;
  if (level === 'wrong_direction') {
    return `Det senaste ${latestText} är sämre än ${baselineText}, så utvecklingen går bort från ${endText}.`;
  }
  const paces = `Sedan ${baselineText} har värdet ändrats ${formatPace(achievedPerYear, format)}; för att nå ${endText} behövs ${formatPace(neededPerYear, format)}.`;
  if (level === 'on_track') return `${paces} Takten räcker.`;
  const share = ratio === null || ratio === 0 ? null : formatShare(ratio);
  return share === null
    ? `${paces} Värdet har inte förbättrats sedan utgångsläget.`
    : `${paces} Takten är ${share} av den som behövs.`;
}

/** The label and the reason together, e.g. for a cell of the open data. */
export function periodStatusSentence(status: PeriodStatusResult, format: ValueFormat): string {
  const label = PERIOD_STATUS_LABELS[periodStatusKey(status)];
  return `${label}. ${describePeriodStatus(status, format)}`;
}
