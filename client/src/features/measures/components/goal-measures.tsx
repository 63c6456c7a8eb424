import type { Measure, Period } from '@malbild/shared';
import { DownloadButton } from '../../../components/download-button';
import { QueryState } from '../../../components/query-state';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useMeasures } from '../api/get-measures';
import { pageCsv } from '../csv';
import { strings } from '../strings';
import { MeasureCard } from './measure-card';

interface GoalMeasuresProps {
  goalId: number;
  period: Pick<Period, 'startYear' | 'endYear'>;
  /** The overview's year. */
  year: number;
}

/** The goal's measures, each with its chart and table, and their figures as CSV. */
export function GoalMeasures({ goalId, period, year }: GoalMeasuresProps) {
  const query = useMeasures(useShownPeriodId());
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">{strings.measuresHeading}</h2>
      <QueryState query={query} label={strings.listLabel}>
        {(measures) => {
          const own = measures.filter((m: Measure) => m.goal.id === goalId);
          return (
            <>
              <DownloadButton
                fileName={`verksamhetsmal-${goalId}.csv`}
                buildCsv={(licence) => pageCsv(own, period, licence)}
                description={strings.downloadGoal}
              />
              {own.map((measure) => (
                <MeasureCard key={measure.number} measure={measure} period={period} year={year} />
              ))}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
