import type { ControlPlan } from '@malbild/shared';
import { formatDate } from '../../../lib/format';
import { strings } from '../strings';

export const dateOrDash = (date: string | null) => (date ? formatDate(date) : '–');

/** "Beslutad 27 oktober 2020 § 194" or "Utkast daterat 13 november 2020". */
export function planStatus(plan: ControlPlan): string {
  return plan.status === 'decided'
    ? strings.decided(dateOrDash(plan.date), plan.decisionParagraph ?? '')
    : strings.draft(plan.date && formatDate(plan.date));
}
