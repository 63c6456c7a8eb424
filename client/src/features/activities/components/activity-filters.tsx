import { Link } from 'react-router';
import { ACTIVITY_STATUS_FILTERS, type Unit } from '@malbild/shared';
import { paths, searchParamNames } from '../../../lib/paths';
import { GROUPINGS } from '../filter-activities';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';
import { ALL_YEARS, type ActivitySearch, type useActivitySearch } from '../use-activity-filters';
import { SelectField } from './select-field';

export interface GoalOption {
  id: number;
  name: string;
  areaName: string;
  measureNumbers: readonly number[];
}

export interface MeasureOption {
  number: number;
  name: string;
}

interface ActivityFiltersProps {
  search: ActivitySearch;
  update: ReturnType<typeof useActivitySearch>['update'];
  selectedYear: number | typeof ALL_YEARS;
  years: readonly number[];
  units: readonly Unit[];
  goals: readonly GoalOption[];
  measures: readonly MeasureOption[];
}

/**
 * Each change applies at once and is kept in the address; nothing to submit. Without JavaScript
 * the same form is a plain GET of this page with the search params, and a button (in
 * <noscript>) submits it.
 */
export function ActivityFilters(props: ActivityFiltersProps) {
  const { search, update, selectedYear, years, units, goals, measures } = props;
  const periodId = useShownPeriodId();
  const goal = goals.find((g) => g.id === search.goal);
  const measureOptions = goal
    ? measures.filter((m) => goal.measureNumbers.includes(m.number))
    : measures;
  const onGoalChange = (value: string) => {
    const next = goals.find((g) => String(g.id) === value);
    // A measure of another goal would empty the list: drop it with the goal change.
    const dropMeasure =
      next && search.measure !== undefined && !next.measureNumbers.includes(search.measure);
    update(dropMeasure ? { goal: value, measure: '' } : { goal: value });
  };
  return (
    <form
      className="filters"
      role="search"
      aria-labelledby="filters-heading"
      method="get"
      action={paths.activities()}
      onSubmit={(e) => e.preventDefault()}
    >
      {periodId !== undefined && (
        <input type="hidden" name={searchParamNames.period} value={periodId} />
      )}
      <h2 id="filters-heading" className="filters__heading">
        {strings.filtersHeading}
      </h2>
      <div className="filters__grid">
        <SelectField
          id="filter-year"
          name={searchParamNames.year}
          label={strings.year}
          value={String(selectedYear)}
          onChange={(year) => update({ year })}
          options={[
            ...years.map((year) => ({ value: String(year), label: String(year) })),
            { value: ALL_YEARS, label: strings.allYears },
          ]}
        />
        <SelectField
          id="filter-unit"
          name={searchParamNames.unit}
          label={strings.unit}
          value={search.unit ?? ''}
          onChange={(unit) => update({ unit })}
          emptyLabel={strings.allUnits}
          options={units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))}
        />
        <SelectField
          id="filter-goal"
          name={searchParamNames.goal}
          label={strings.goal}
          value={String(search.goal ?? '')}
          onChange={onGoalChange}
          emptyLabel={strings.allGoals}
          options={goals.map((g) => ({ value: String(g.id), label: g.name }))}
        />
        <SelectField
          id="filter-measure"
          name={searchParamNames.measure}
          label={strings.measure}
          value={String(search.measure ?? '')}
          onChange={(measure) => update({ measure })}
          emptyLabel={strings.allMeasures}
          options={measureOptions.map((m) => ({
            value: String(m.number),
            label: `${m.number}. ${m.name}`,
          }))}
        />
        <SelectField
          id="filter-status"
          name={searchParamNames.status}
          label={strings.statusFilter}
          value={search.status ?? ''}
          onChange={(status) => update({ status })}
          emptyLabel={strings.allStatuses}
          options={ACTIVITY_STATUS_FILTERS}
        />
        <SelectField
          id="filter-group"
          name={searchParamNames.group}
          label={strings.grouping}
          value={search.grouping}
          onChange={(group) => update({ group })}
          options={GROUPINGS.map((grouping) => ({
            value: grouping,
            label: strings.groupings[grouping],
          }))}
        />
        <div className="field field--wide">
          <label htmlFor="filter-text">{strings.search}</label>
          <input
            id="filter-text"
            name={searchParamNames.text}
            type="search"
            value={search.text}
            aria-describedby="filter-text-hint"
            onChange={(e) => update({ text: e.target.value }, { replace: true })}
          />
          <p id="filter-text-hint" className="field__hint">
            {strings.searchHint}
          </p>
        </div>
      </div>
      {/* Only where scripts do not run: there is nothing to submit where they do. */}
      <noscript>
        <p>
          <button type="submit" className="button button--secondary">
            {strings.applyFilters}
          </button>
        </p>
      </noscript>
      <p>
        <Link
          to={paths.activities({
            year: typeof selectedYear === 'number' ? selectedYear : undefined,
            period: periodId,
          })}
        >
          {strings.clearFilters}
        </Link>
      </p>
    </form>
  );
}
