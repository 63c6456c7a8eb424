import { UNAVAILABLE_REASON_TEXTS, type MeasurePeriodAssessment } from '@malbild/shared';
import { formatShare, formatValue, type ValueFormat } from '../../../lib/format';
import { strings } from '../strings';

interface MeasureProgressProps {
  assessment: MeasurePeriodAssessment;
  format: ValueFormat;
}

/** Baseline, distance covered, on track or not, and the trend: each with its reason when it cannot be judged. */
export function MeasureProgress({ assessment, format }: MeasureProgressProps) {
  const { baseline, progress, onTrack, projection } = assessment;
  const value = (n: number) => formatValue(n, format);
  const reason = (r: keyof typeof UNAVAILABLE_REASON_TEXTS) =>
    strings.cannotJudge(UNAVAILABLE_REASON_TEXTS[r]);
  return (
    <dl className="facts facts--wide">
      <div>
        <dt>{strings.baseline}</dt>
        <dd>
          {baseline.ok
            ? strings.baselineValue(value(baseline.value.value), baseline.value.year)
            : reason(baseline.reason)}
        </dd>
      </div>
      <div>
        <dt>{strings.progress}</dt>
        <dd data-testid="progress">
          {progress.ok ? (
            <>
              {strings.progressValue(
                formatShare(progress.value.share),
                baseline.ok ? value(baseline.value.value) : '–',
                value(progress.value.endTarget),
              )}
              {progress.value.share < 0 && <> {strings.progressBackwards}</>}
            </>
          ) : (
            reason(progress.reason)
          )}
        </dd>
      </div>
      <div>
        <dt>{strings.onTrack}</dt>
        <dd data-testid="on-track">
          {onTrack.ok
            ? (onTrack.value.onTrack ? strings.onTrackYes : strings.onTrackNo)(
                onTrack.value.latest.year,
                value(onTrack.value.latest.value),
                value(onTrack.value.expected),
              )
            : reason(onTrack.reason)}
        </dd>
      </div>
      <div>
        <dt>{strings.projection}</dt>
        <dd>
          {projection.ok
            ? strings.projectionValue(
                projection.value.endYear,
                value(projection.value.value),
                projection.value.reachesEndTarget,
              )
            : reason(projection.reason)}
        </dd>
      </div>
    </dl>
  );
}
