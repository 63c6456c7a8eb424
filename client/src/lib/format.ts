// The measure's figures are written by shared, so the exports say the same as the pages.
import { formatDate } from '@malbild/shared';

export {
  formatDate,
  formatMeasureValue as formatValue,
  formatShare,
  type ValueFormat,
} from '@malbild/shared';

/** "2024-05-03T12:14:00.000Z" → "3 maj 2024 14:14" in the reader's time zone. */
export function formatDateTime(isoTime: string): string {
  const date = new Date(isoTime);
  if (Number.isNaN(date.getTime())) return isoTime;
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * "2022-12-14" or "2023-02-01T23:30:00.000Z" → the day in Swedish, "2 februari 2023": a time is
 * read in the municipality's time zone, the same on the server and in every reader's browser.
 */
export function formatDay(isoDateOrTime: string): string {
  if (isoDateOrTime.length <= 10) return formatDate(isoDateOrTime);
  const date = new Date(isoDateOrTime);
  if (Number.isNaN(date.getTime())) return isoDateOrTime;
  return new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}
