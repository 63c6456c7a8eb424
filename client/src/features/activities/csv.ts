import { ACTIVITY_STATUS_LABELS, type Activity } from '@malbild/shared';
import { toCsv } from '../../lib/csv';
import { strings } from './strings';

/** The activities as shown, one row each (not per unit), so nothing is counted twice. */
export function activitiesCsv(activities: readonly Activity[]): string {
  const rows = activities.map((a) => [
    a.year,
    a.measureNumber,
    a.unitsRaw,
    a.units.join(', '),
    a.verksamhet,
    a.text,
    // Antal stays text: "50-75" and "2,4" are written so in the plans.
    a.antal,
    a.countUnit,
    a.comment,
    ACTIVITY_STATUS_LABELS[a.status],
  ]);
  return toCsv(strings.csvHeader, rows);
}
