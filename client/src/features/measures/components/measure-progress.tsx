import {
  describePeriodStatus,
  UNAVAILABLE_REASON_TEXTS,
  type MeasurePeriodAssessment,
  type UnavailableReason,
} from '@malbild/shared';
import { PeriodStatusBadge } from '../../../components/period-status-badge';
import { formatShare, formatValue, type ValueFormat } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { Link } from 'react-router';
import { strings } from '../strings';

interface MeasureProgressProps {
  assessment: MeasurePeriodAssessment;
  format: ValueFormat;
  endYear: number;
}

const cannotJudge = (reason: UnavailableReason) =>
  strings.cannotJudge(UNAVAILABLE_REASON_TEXTS[reason]);

/** "40 % av vägen till slutmålet", or "längre från målet än vid start": never "−100 % av vägen". */
function distanceText({ progress, status }: MeasurePeriodAssessment, format: ValueFormat) {
  if (!progress.ok) return cannotJudge(progress.reason);
  if (status.ok && status.value.level === 'target_reached') return strings.progressReached;
  const { share, latest } = progress.value;
  const value = (n: number) => formatValue(n, format);
  const from = status.ok ? value(status.value.baseline.value) : '–';
  const figures = strings.progressFigures(
    from,
    latest.year,
    value(latest.value),
    value(progress.value.endTarget),
  );
  return share < 0
    ? `${strings.progressBackwards} ${figures}`
    : `${strings.progressShare(formatShare(Math.min(share, 1)))} ${figures}`;
}

/** The period status with its reason, the distance covered and the projection. */
export function MeasureProgress({ assessment, format, endYear }: MeasureProgressProps) {
  const { baseline, status, projection } = assessment;
  const value = (n: number) => formatValue(n, format);
  return (
    <dl className="facts facts--wide">
      <div>
        <dt>{strings.periodStatus(endYear)}</dt>
        <dd data-testid="period-status">
          <PeriodStatusBadge status={status} />{' '}
          <span className="period-status__reason">{describePeriodStatus(status, format)}</span>{' '}
          <Link to={paths.method()}>{strings.methodLink}</Link>
        </dd>
      </div>
      <div>
        <dt>{strings.baseline}</dt>
        <dd>
          {baseline.ok
            ? strings.baselineValue(value(baseline.value.value), baseline.value.year)
            : cannotJudge(baseline.reason)}
        </dd>
      </div>
      <div>
        <dt>{strings.progress}</dt>
        <dd data-testid="progress">{distanceText(assessment, format)}</dd>
      </div>
      <div>
        <dt>{strings.projection(endYear)}</dt>
        <dd data-testid="projection">
          {projection.ok
            ? strings.projectionValue(
                projection.value.endYear,
                value(projection.value.value),
                projection.value.reachesEndTarget,
              )
            : cannotJudge(projection.reason)}
        </dd>
      </div>
    </dl>
  );
}
