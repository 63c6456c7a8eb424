import { DEADLINE_KINDS, OCCASION_LABELS } from '@malbild/shared';
import { formatDay } from '../lib/format';
import { useDeadlines } from '../lib/api/get-deadlines';
import { useShownPeriodId } from '../lib/use-shown-period';
import { strings } from './strings';

/**
 * "Nästa uppföljning 31 augusti 2025 (delår 2025)": the next outcome milestone of the calendar,
 * beside "Senast uppdaterad"; nothing where no date is known.
 */
export function NextFollowUp() {
  const next = useDeadlines(useShownPeriodId()).data?.nextFollowUp;
  if (!next?.dueDate) return null;
  const occasion = DEADLINE_KINDS[next.kind].occasion;
  return (
    <p className="updated-at">
      {strings.nextFollowUp} <time dateTime={next.dueDate}>{formatDay(next.dueDate)}</time>
      {occasion && ` (${strings.nextFollowUpOf(OCCASION_LABELS[occasion], next.year)})`}
    </p>
  );
}
