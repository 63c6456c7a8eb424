import {
  formatSwedishNumber,
  isStorableNumber,
  MAX_MAGNITUDE,
  parseSwedishNumber,
} from './number-format';
import type { MeasureDefinition } from './schemas/measure';

// What a value of a measure may be: within its scale (a share 0–100, meritvärde 0–340,
// betygspoäng 0–20, counts ≥ 0) and with no more decimals than the measure is reported with.
// Used by the entry grid as the user types and by the API before anything is written.

export type ValueRules = Pick<MeasureDefinition, 'scaleMin' | 'scaleMax' | 'decimals'>;

/** A Swedish sentence saying what is wrong with the value, or null when it is acceptable. */
export function valueProblem(rules: ValueRules, value: number): string | null {
  if (!Number.isFinite(value)) return 'Ange ett tal';
  if (!isStorableNumber(value)) {
    return `Värdet får inte vara större än ${formatSwedishNumber(MAX_MAGNITUDE)} till beloppet`;
  }
  if (rules.scaleMin !== null && value < rules.scaleMin) {
    return `Värdet får inte vara lägre än ${formatSwedishNumber(rules.scaleMin)}`;
  }
  if (rules.scaleMax !== null && value > rules.scaleMax) {
    return `Värdet får inte vara högre än ${formatSwedishNumber(rules.scaleMax)}`;
  }
  const factor = 10 ** rules.decimals;
  if (Math.abs(Math.round(value * factor) - value * factor) > 1e-6) {
    return rules.decimals === 0
      ? 'Ange ett heltal'
      : `Ange högst ${rules.decimals} decimal${rules.decimals > 1 ? 'er' : ''}`;
  }
  return null;
}

export type ParsedInput = { ok: true; value: number | null } | { ok: false; message: string };

/** Reads what a user typed ("14,2", "26 383", "41 %"); empty means no value, never zero. */
export function parseValueInput(rules: ValueRules, text: string): ParsedInput {
  let value: number | null;
  try {
    value = parseSwedishNumber(text);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (value === null) return { ok: true, value };
  const problem = valueProblem(rules, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}
