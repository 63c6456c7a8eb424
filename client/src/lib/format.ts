import { formatValue } from '@malbild/shared';

// The figures and dates are written as the documents generated on the server write them.
export { formatDate, formatValue, type ValueFormat } from '@malbild/shared';

/** 0.43 → "43 %" (a share of the way, not a measure's value). */
export function formatShare(share: number): string {
  return formatValue(share * 100, { unit: '%', decimals: 0 });
}

/** "2024-05-03T12:14:00.000Z" → "3 maj 2024 14:14" in the reader's time zone. */
export function formatDateTime(isoTime: string): string {
  const date = new Date(isoTime);
  if (Number.isNaN(date.getTime())) return isoTime;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
