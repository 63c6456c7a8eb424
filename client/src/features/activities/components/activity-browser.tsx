import { activitiesCsv, type Unit, type UnitWithCounts } from '@malbild/shared';
import { DocumentLinks } from '../../../components/document-links';
import { DownloadButton } from '../../../components/download-button';
import { QueryState } from '../../../components/query-state';
import { useActivities } from '../../../lib/api/get-activities';
import { useUnits } from '../api/get-units';
import { filterActivities, groupActivities } from '../filter-activities';
import { strings } from '../strings';
import { ALL_YEARS, useActivitySearch } from '../use-activity-filters';
import { ActivityFilters, type GoalOption, type MeasureOption } from './activity-filters';
import { ActivityGroups } from './activity-groups';
import { DonePerMeasure } from './done-per-measure';

interface ActivityBrowserProps {
  goals: readonly GoalOption[];
  measures: readonly MeasureOption[];
  /** A period other than the current one (?period=). */
  periodId: number | undefined;
}

function yearsOf(units: readonly UnitWithCounts[]): number[] {
  const years = new Set(units.flatMap((u) => u.activityCounts.map((c) => c.year)));
  return [...years].sort((a, b) => b - a);
}

/** All målaktiviteter, filtered by year, unit, goal, measure and free text, grouped per unit. */
export function ActivityBrowser({ goals, measures, periodId }: ActivityBrowserProps) {
  const unitsQuery = useUnits(periodId);
  return (
    <QueryState query={unitsQuery} label={strings.unitsLabel}>
      {(units) => (
        <FilteredActivities
          units={units}
          years={yearsOf(units)}
          goals={goals}
          measures={measures}
          periodId={periodId}
        />
      )}
    </QueryState>
  );
}

interface FilteredActivitiesProps extends ActivityBrowserProps {
  units: readonly Unit[];
  years: readonly number[];
}

function FilteredActivities({ units, years, goals, measures, periodId }: FilteredActivitiesProps) {
  const { search, update, shownGroups } = useActivitySearch();
  const selectedYear = search.year ?? years[0] ?? ALL_YEARS;
  const query = useActivities({
    ...(selectedYear !== ALL_YEARS && { year: selectedYear }),
    ...(periodId !== undefined && { period: periodId }),
  });
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const measureNames = new Map(measures.map((m) => [m.number, m.name]));
  const goalMeasures = goals.find((g) => g.id === search.goal)?.measureNumbers;
  return (
    <>
      <ActivityFilters
        search={search}
        update={update}
        selectedYear={selectedYear}
        years={years}
        units={units}
        goals={goals}
        measures={measures}
      />
      <QueryState query={query} label={strings.label}>
        {(activities) => {
          const shown = filterActivities(activities, { ...search, goalMeasures });
          const unitName = (code: string) => unitNames.get(code) ?? code;
          const measureName = (number: number) => measureNames.get(number) ?? '';
          const sections = groupActivities(shown, search.grouping, {
            goals,
            measureName,
            unitName,
            otherTitle: strings.otherGroup,
            sharedTitle: strings.sharedGroup,
          });
          const unitCount = new Set(shown.flatMap((a) => a.units)).size;
          return (
            <div className="activity-results">
              <div className="activity-results__summary">
                <p role="status">{strings.result(shown.length, unitCount)}</p>
                {shown.length > 0 && (
                  <DownloadButton
                    fileName={`malaktiviteter-${selectedYear}.csv`}
                    buildCsv={(licence) => activitiesCsv(shown, licence)}
                    description={strings.download}
                  />
                )}
              </div>
              {selectedYear !== ALL_YEARS && (
                <DocumentLinks
                  path={`/api/reports/activities/${String(selectedYear)}`}
                  title={strings.reportTitle(selectedYear)}
                  periodId={periodId}
                />
              )}
              {shown.length > 0 && <DonePerMeasure activities={shown} measureName={measureName} />}
              {unitCount > 1 && <p className="muted">{strings.sharedNote}</p>}
              <ActivityGroups
                // A new filter starts every group at its first activities again.
                key={JSON.stringify(search)}
                sections={sections}
                total={shown.length}
                unitName={unitName}
                measureName={measureName}
                showYear={selectedYear === ALL_YEARS}
                shownGroups={shownGroups}
              />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
