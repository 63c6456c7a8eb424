import {
  PERIOD_STATUS_LABELS,
  periodStatusKey,
  type PeriodStatusKey,
  type PeriodStatusResult,
} from '@malbild/shared';
import { PeriodStatusIcon } from './period-status-icon';
import { strings } from './strings';

interface PeriodLevelBadgeProps {
  level: PeriodStatusKey;
  /** The latest outcome is preliminary or for part of the year. */
  provisional?: boolean;
}

/** A period status as icon and words: never colour alone. */
export function PeriodLevelBadge({ level, provisional = false }: PeriodLevelBadgeProps) {
  return (
    <span className={`state-badge period-badge--${level}`}>
      <PeriodStatusIcon status={level} />
      {/* One run of text, so that "(preliminärt)" wraps with the label, not beside it. */}
      <span className="state-badge__label">
        {PERIOD_STATUS_LABELS[level]}
        {provisional && <span className="state-badge__provisional"> ({strings.provisional})</span>}
      </span>
    </span>
  );
}

export function PeriodStatusBadge({ status }: { status: PeriodStatusResult }) {
  return (
    <PeriodLevelBadge
      level={periodStatusKey(status)}
      provisional={status.ok && status.value.provisional}
    />
  );
}
