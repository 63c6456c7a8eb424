import { Link } from 'react-router';
import type { Unit } from '@malbild/shared';
import { paths } from '../../../lib/paths';
import { strings } from '../strings';
import { ALL_YEARS, type ActivitySearch, type useActivitySearch } from '../use-activity-filters';

export interface GoalOption {
  id: number;
  name: string;
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

/** Each change applies at once and is kept in the address; nothing to submit. */
export function ActivityFilters(props: ActivityFiltersProps) {
  const { search, update, selectedYear, years, units, goals, measures } = props;
  const goal = goals.find((g) => g.id === search.goal);
  const measureOptions = goal
    ? measures.filter((m) => goal.measureNumbers.includes(m.number))
    : measures;
  const onGoalChange = (value: string) => {
    const next = goals.find((g) => String(g.id) === value);
    // A measure of another goal would empty the list: drop it with the goal change.
    const keepMeasure = next && search.measure && next.measureNumbers.includes(search.measure);
    update({ goal: value, measure: keepMeasure ? String(search.measure) : '' });
  };
  return (
    <form
      className="filters"
      role="search"
      aria-labelledby="filters-heading"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id="filters-heading" className="filters__heading">
        {strings.filtersHeading}
      </h2>
      <div className="filters__grid">
        <div className="field">
          <label htmlFor="filter-year">{strings.year}</label>
          <select
            id="filter-year"
            value={String(selectedYear)}
            onChange={(e) => update({ year: e.target.value })}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
            <option value={ALL_YEARS}>{strings.allYears}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-unit">{strings.unit}</label>
          <select
            id="filter-unit"
            value={search.unit ?? ''}
            onChange={(e) => update({ unit: e.target.value })}
          >
            <option value="">{strings.allUnits}</option>
            {units.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name} ({unit.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-goal">{strings.goal}</label>
          <select
            id="filter-goal"
            value={search.goal ?? ''}
            onChange={(e) => onGoalChange(e.target.value)}
          >
            <option value="">{strings.allGoals}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-measure">{strings.measure}</label>
          <select
            id="filter-measure"
            value={search.measure ?? ''}
            onChange={(e) => update({ measure: e.target.value })}
          >
            <option value="">{strings.allMeasures}</option>
            {measureOptions.map((m) => (
              <option key={m.number} value={m.number}>
                {m.number}. {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--wide">
          <label htmlFor="filter-text">{strings.search}</label>
          <input
            id="filter-text"
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
      <p>
        <Link
          to={paths.activities({
            year: typeof selectedYear === 'number' ? selectedYear : undefined,
          })}
        >
          {strings.clearFilters}
        </Link>
      </p>
    </form>
  );
}
