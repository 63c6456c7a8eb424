import { ACTIVITY_DISPLAY_STATUS_LABELS, type Activity } from '@malbild/shared';
import { ActivityStatusBadge } from '../../../components/activity-status';
import type { ConflictField } from '../../../components/conflict-box';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';

/** "4. Andel behöriga förskollärare": a resultatmått as the plan's forms name it. */
export const measureLabel = (measures: readonly PlanMeasure[], number: number) =>
  `${number}. ${measures.find((m) => m.number === number)?.name ?? ''}`;

/** What a conflict shows of the activity someone else saved meanwhile, status included. */
export function activityFields(
  measures: readonly PlanMeasure[],
): readonly ConflictField<Activity>[] {
  return [
    { label: strings.measure, text: (a) => measureLabel(measures, a.measureNumber) },
    { label: strings.units, text: (a) => a.unitsRaw },
    { label: strings.verksamhet, text: (a) => a.verksamhet ?? '' },
    { label: strings.text, text: (a) => a.text },
    { label: strings.antal, text: (a) => [a.antal, a.countUnit].filter(Boolean).join(' ') },
    { label: strings.comment, text: (a) => a.comment ?? '' },
    {
      label: strings.status,
      text: (a) => ACTIVITY_DISPLAY_STATUS_LABELS[a.displayStatus],
      show: (a) => <ActivityStatusBadge status={a.displayStatus} />,
    },
  ];
}
