import { formatSwedishNumber } from '@malbild/shared';

/** What a figure needs to be written as the documents write it. */
export interface ValueFormat {
  /** "%" for shares; other units are named beside the figure, not after each value. */
  unit: string;
  decimals: number;
}

// A no-break space keeps "41 %" on one line.
const PERCENT_SUFFIX = '\u00a0%';

/** 41 → "41 %", 26746 → "26 746", 14.2 → "14,2"; null → "–" (no value, never zero). */
export function formatValue(value: number | null, format: ValueFormat): string {
  if (value === null) return '–';
  const number = formatSwedishNumber(value, format.decimals);
  return format.unit === '%' ? number + PERCENT_SUFFIX : number;
}

/** 0.43 → "43 %" (a share of the way, not a measure's value). */
export function formatShare(share: number): string {
  return formatSwedishNumber(share * 100, 0) + PERCENT_SUFFIX;
}

/** "2024-01-31" → "31 januari 2024". */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' }).format(date);
}

/** "2024-05-03T12:14:00.000Z" → "3 maj 2024 14:14" in the reader's time zone. */
export function formatDateTime(isoTime: string): string {
  const date = new Date(isoTime);
  if (Number.isNaN(date.getTime())) return isoTime;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
