import { Link } from 'react-router';
import type { Measure } from '@malbild/shared';
import { paths } from '../../../lib/paths';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';

/** Källa, kategori, enhet and the rest of what defines the measure. */
export function MeasureFacts({ measure }: { measure: Measure }) {
  return (
    <dl className="facts" aria-label={strings.factsLabel}>
      <div>
        <dt>{strings.goal}</dt>
        <dd>
          <Link to={paths.goal(measure.goal.id, undefined, useShownPeriodId())}>
            {measure.goal.name}
          </Link>
        </dd>
      </div>
      <div>
        <dt>{strings.area}</dt>
        <dd>{measure.area.name}</dd>
      </div>
      <div>
        <dt>{strings.source}</dt>
        <dd>{measure.dataSource}</dd>
      </div>
      <div>
        <dt>{strings.category}</dt>
        <dd>{measure.category}</dd>
      </div>
      <div>
        <dt>{strings.unit}</dt>
        <dd>{strings.unitName(measure.unit)}</dd>
      </div>
      {/* A scale says something only with a ceiling: meritvärde max 340, betygspoäng max 20. */}
      {measure.scaleMax !== null && (
        <div>
          <dt>{strings.scaleLabel}</dt>
          <dd>{strings.scale(measure.scaleMin ?? 0, measure.scaleMax)}</dd>
        </div>
      )}
      <div>
        <dt>{strings.direction}</dt>
        <dd>{strings.directions[measure.direction]}</dd>
      </div>
      {measure.koladaKpi && (
        <div>
          <dt>{strings.kolada}</dt>
          <dd>{measure.koladaKpi}</dd>
        </div>
      )}
    </dl>
  );
}
