import { NO_DATA_REASON_TEXTS, type NoDataReason } from '@malbild/shared';

/** Why a year shows "Saknas": not published yet, not measured that year, no target set. */
export function NoDataReasons({ reasons }: { reasons: readonly NoDataReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <span className="no-data-reasons">
      {reasons.map((reason) => `${NO_DATA_REASON_TEXTS[reason]}.`).join(' ')}
    </span>
  );
}
