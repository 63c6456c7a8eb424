import type { Period } from '@malbild/shared';
import { strings } from './strings';

/** A period's status in words; a planned period the public may see is a "förslag". */
export function periodStatusText(period: Pick<Period, 'status' | 'public'>): string {
  if (period.status === 'planning' && period.public) return strings.status.proposal;
  return strings.status[period.status];
}
