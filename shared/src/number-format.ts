// Swedish number format as the documents write it: "26 946", "14,2", "41%", "−3".

const SPACES = /[\s\u00a0\u2007\u202f]/g;
const MINUSES = /[\u2212\u2013]/g;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * No figure of a municipality's goals comes near a thousand billion; larger numbers are typing
 * or file errors, and far larger ones overflow every sum the assessment makes.
 */
export const MAX_MAGNITUDE = 1e12;
const TOO_LARGE = 'Talet är för stort (högst 1 000 000 000 000)';

/** Whether a number is one the app stores: finite and within ±MAX_MAGNITUDE. */
export function isStorableNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
}

/** A number text that is a number, but too large to be a figure of ours. */
export class NumberTooLargeError extends RangeError {
  constructor() {
    super(TOO_LARGE);
  }
}

/** Parses "26 946", "14,2", "41 %", "−3,5"; empty text is null (no value, never zero). */
export function parseSwedishNumber(text: string): number | null {
  const compact = text
    .replace(SPACES, '')
    .replace(MINUSES, '-')
    .replace(/%$/, '')
    .replace(',', '.');
  if (compact === '') return null;
  if (!NUMBER.test(compact)) {
    throw new RangeError(`"${text.trim()}" är inte ett tal (skriv t.ex. 14,2 eller 26 383)`);
  }
  const value = Number(compact);
  // 400 nines is a valid-looking number that JavaScript reads as Infinity.
  if (Math.abs(value) > MAX_MAGNITUDE) throw new NumberTooLargeError();
  return value;
}

/** Number of decimals written in a Swedish number text ("14,2" → 1). */
export function decimalsIn(text: string): number {
  const match = /,(\d+)/.exec(text);
  return match?.[1]?.length ?? 0;
}

/**
 * Antal as written ("15", "50-75", "2,4") → its numeric bounds; null when it holds no number.
 * Throws NumberTooLargeError for a number past MAX_MAGNITUDE.
 */
export function parseAntal(raw: string | null): { min: number; max: number } | null {
  if (raw === null) return null;
  const range = /^\s*([\d\s,]+?)\s*[-–]\s*([\d\s,]+)\s*$/.exec(raw);
  try {
    if (range?.[1] && range[2]) {
      const min = parseSwedishNumber(range[1]);
      const max = parseSwedishNumber(range[2]);
      return min === null || max === null ? null : { min, max };
    }
    const single = parseSwedishNumber(raw);
    return single === null ? null : { min: single, max: single };
  } catch (error) {
    if (error instanceof NumberTooLargeError) throw error;
    return null;
  }
}

const THIN_SPACE = '\u202f';

// Making a formatter costs a hundred times what formatting does: one per number of decimals.
const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(decimals, formatter);
  }
  return formatter;
}

/** 26383 → "26 383", 14.2 → "14,2" (thin space between thousands, as in the documents). */
export function formatSwedishNumber(value: number, decimals = 0): string {
  return formatterFor(decimals)
    .format(value)
    .replace(/[\u00a0\u202f ]/g, THIN_SPACE);
}

/** A number with the decimals it has (at most 4), as a file or a table wrote it: 2.45 → "2,45". */
export function formatAsWritten(value: number): string {
  const decimals = String(value).split('.')[1]?.length ?? 0;
  return formatSwedishNumber(value, Math.min(decimals, 4));
}

/** What a measure's figure needs to be written as the documents write it. */
export interface ValueFormat {
  /** "%" for shares; other units are named beside the figure, not after each value. */
  unit: string;
  decimals: number;
}

// A no-break space keeps "41 %" on one line.
const PERCENT_SUFFIX = '\u00a0%';

/** 41 → "41 %", 26746 → "26 746", 14.2 → "14,2"; null → "–" (no value, never zero). */
export function formatMeasureValue(value: number | null, format: ValueFormat): string {
  if (value === null) return '–';
  const number = formatSwedishNumber(value, format.decimals);
  return format.unit === '%' ? number + PERCENT_SUFFIX : number;
}

/** 0.43 → "43 %" (a share of the way, not a measure's value). */
export function formatShare(share: number): string {
  return formatSwedishNumber(share * 100, 0) + PERCENT_SUFFIX;
}

/** "2024-01-31" → "31 januari 2024": the pages' and the generated documents' dates. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(date);
}
